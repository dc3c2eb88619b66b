import Testing
@testable import Routing

@Suite("Route evaluation agrees with a from-scratch recomputation")
struct RouteEvaluationTests {
    /// Random routes over random problems: the reported schedule of every route (with breaks,
    /// overtime, multiple windows) obeys the rules as the independent checker reads them, and
    /// without breaks equals the earliest schedule exactly.
    @Test func reportedSchedulesMatchRecomputation() {
        for seed in 1...60 {
            let problem = TestProblems.random(seed: UInt64(seed), jobs: 12, vehicles: 3, breaks: seed % 2 == 0,
                                              windowWidth: 600)
            var rng = SplitMix64(seed: UInt64(seed) &* 7919)
            var jobs = Array(0..<problem.jobs.count)
            jobs.shuffle(using: &rng)
            var routes: [[Int]] = [[], [], []]
            for j in jobs where rng.next() % 5 != 0 { routes[Int(rng.next() % 3)].append(j) }
            let solution = Solution(problem: problem, routes: routes)
            for route in solution.routes {
                let errors = ScheduleChecker.violations(problem, route)
                let vehicle = problem.vehicles[route.vehicle]
                if route.isFeasible {
                    #expect(errors.isEmpty, "seed \(seed) route \(route.vehicle): \(errors)")
                }
                if vehicle.breaks.isEmpty {
                    let r = ScheduleChecker.recompute(problem, vehicle: route.vehicle, jobs: route.jobs)
                    #expect(r.feasible == route.isFeasible, "seed \(seed) route \(route.vehicle)")
                    #expect(r.starts == route.visits.map(\.start))
                    #expect(r.arrivals == route.visits.map(\.arrival))
                    #expect(r.travelCost == route.travelCost)
                    if !route.isEmpty { #expect(r.endTime == route.endTime) }
                }
            }
        }
    }

    /// The O(1) insertion check (forward departures, backward latest arrivals) accepts exactly the
    /// insertions a full recomputation finds feasible, and prices them the same.
    @Test func constantTimeInsertionCheckIsExact() {
        var checked = 0
        for seed in 1...40 {
            let problem = TestProblems.random(seed: UInt64(seed) + 1000, jobs: 14, vehicles: 1, breaks: false, windowWidth: 500)
            let data = ProblemData(problem)
            var route = SearchRoute(vehicle: 0, data: data)
            var rng = SplitMix64(seed: UInt64(seed))
            // Grow a feasible route at random.
            for u in Array(0..<problem.jobs.count).shuffled(using: &rng) {
                let options = (0...route.jobs.count).filter { p in
                    var jobs = route.jobs
                    jobs.insert(u, at: p)
                    return ScheduleChecker.recompute(problem, vehicle: 0, jobs: jobs).feasible
                }
                if let p = options.randomElement(using: &rng), route.jobs.count < 8 { route.insert(u, at: p, data) }
            }
            var fresh = route
            fresh.update(data)
            #expect(fresh.depart == route.depart, "incremental departures, seed \(seed)")
            #expect(fresh.latestArrival == route.latestArrival, "incremental latest arrivals, seed \(seed)")
            #expect(fresh.travelCost == route.travelCost && fresh.endTime == route.endTime && fresh.load == route.load)
            let base = ScheduleChecker.recompute(problem, vehicle: 0, jobs: route.jobs)
            #expect(base.feasible)
            for u in 0..<problem.jobs.count where !route.jobs.contains(u) && data.fits(u, 0, route.load) {
                for p in 0...route.jobs.count {
                    var jobs = route.jobs
                    jobs.insert(u, at: p)
                    let full = ScheduleChecker.recompute(problem, vehicle: 0, jobs: jobs)
                    let delta = route.insertionDelta(u, at: p, data)
                    #expect((delta != nil) == full.feasible, "seed \(seed) job \(u) at \(p)")
                    if let delta { #expect(delta == full.travelCost - base.travelCost) }
                    checked += 1
                }
            }
        }
        #expect(checked > 200)
    }

    /// One route at a time against data built once reads exactly as the whole solution reports it,
    /// and the insertions into one vehicle are that vehicle's share of all insertions.
    @Test func aRouteEvaluatedAloneIsTheSolutionsRouteAndOneVehiclesInsertionsAreItsShare() {
        for seed in 1...40 {
            let problem = TestProblems.random(seed: UInt64(seed), jobs: 14, vehicles: 3, breaks: seed % 2 == 1, windowWidth: 500,
                                              skills: seed % 3 == 0)
            var rng = SplitMix64(seed: UInt64(seed) &* 104_729)
            var jobs = Array(0..<problem.jobs.count)
            jobs.shuffle(using: &rng)
            var routes: [[Int]] = [[], [], []]
            for j in jobs.dropLast(2) where rng.next() % 4 != 0 { routes[Int(rng.next() % 3)].append(j) }
            let solution = Solution(problem: problem, routes: routes)
            let evaluator = RouteEvaluator(problem: problem)
            let query = InsertionQuery(problem: problem)
            for v in routes.indices {
                #expect(evaluator.route(vehicle: v, jobs: routes[v]) == solution.routes[v], "seed \(seed) vehicle \(v)")
                #expect(evaluator.isFeasible(vehicle: v, jobs: routes[v]) == solution.routes[v].isFeasible)
                for j in jobs.suffix(2) {
                    #expect(query.insertions(of: j, into: routes, vehicle: v) == query.insertions(of: j, into: routes).filter { $0.vehicle == v })
                }
            }
        }
    }
}
