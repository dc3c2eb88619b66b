import Testing
import Routing

@Suite("Scheduling a fixed route for the tracker")
struct FixedRouteSchedulerTests {
    let problem = TestProblems.problem(points: ConstraintTests.line, jobs: [
        Job(location: 2, serviceDuration: 10, windows: [TimeWindow(start: 0, end: 100)]),
        Job(location: 4, serviceDuration: 10, windows: [TimeWindow(start: 50, end: 60)]),
        Job(location: 5, serviceDuration: 10, windows: [TimeWindow(start: 0, end: 20), TimeWindow(start: 200, end: 300)]),
    ], vehicles: [TestProblems.vehicle(shift: TimeWindow(start: 0, end: 400))])

    @Test func arrivalsAndLatenessFromTheCurrentState() {
        // At job 0's place, 5 s of service left, at time 40.
        let scheduler = FixedRouteScheduler(problem: problem)
        let s = scheduler.schedule(vehicle: 0, jobs: [1, 2], from: StartState(location: 2, time: 40, remainingService: 5))
        #expect(s.visits.map(\.arrival) == [65, 85])
        #expect(s.visits.map(\.lateness) == [5, 0])  // job 1 closes at 60; job 2 waits for its second window
        #expect(s.visits.map(\.start) == [65, 200])
        #expect(s.endTime == 260)
        #expect(s.maxLateness == 5)
        #expect(s.endLateness == 0)
    }

    @Test func reusedStorageGivesTheSameAnswers() {
        let scheduler = FixedRouteScheduler(problem: problem)
        var schedule = RouteSchedule(capacity: 8)
        for t in stride(from: 0, through: 300, by: 30) {
            scheduler.schedule(vehicle: 0, jobs: [0, 1, 2], from: StartState(location: 0, time: t), into: &schedule)
            let fresh = scheduler.schedule(vehicle: 0, jobs: [0, 1, 2], from: StartState(location: 0, time: t))
            #expect(schedule.visits == fresh.visits)
            #expect(schedule.visits.count == 3)
            #expect(schedule.visits[0].arrival == t + 20)
        }
    }

    @Test func agreesWithTheSolutionScheduleFromTheShiftStart() {
        let s = Solution(problem: problem, routes: [[0, 1, 2]])
        let fixed = FixedRouteScheduler(problem: problem).schedule(vehicle: 0, jobs: [0, 1, 2], from: StartState(location: 0, time: 0))
        #expect(fixed.visits.map(\.start) == s.routes[0].visits.map(\.start))
        #expect(fixed.endTime == s.routes[0].endTime)
    }
}

@Suite("Insertion query for booking and re-dispatch")
struct InsertionQueryTests {
    @Test func insertionsAreFeasibleRankedAndTheirSlackIsTight() {
        for seed in 1...15 {
            let problem = TestProblems.random(seed: UInt64(seed) + 500, jobs: 16, vehicles: 3, breaks: false, windowWidth: 700, horizon: 1500)
            let plan = Solver(configuration: SolverConfiguration(timeLimit: nil, iterationLimit: 200, seed: 1)).solve(problem)
            let routes = plan.routes.map(\.jobs)
            // Ask where each planned job could go if it were new.
            for job in [routes.first(where: { !$0.isEmpty })?.first].compactMap({ $0 }) {
                var without = routes
                for v in without.indices { without[v].removeAll { $0 == job } }
                let base = Solution(problem: problem, routes: without)
                let options = InsertionQuery(problem: problem).insertions(of: job, into: without)
                #expect(!options.isEmpty)
                #expect(options.map(\.addedCost) == options.map(\.addedCost).sorted())
                for o in options {
                    var with = without
                    with[o.vehicle].insert(job, at: o.position)
                    let r = ScheduleChecker.recompute(problem, vehicle: o.vehicle, jobs: with[o.vehicle])
                    #expect(r.feasible)
                    #expect(r.travelCost - base.routes[o.vehicle].travelCost == o.addedCost)
                    #expect(o.slack >= 0)
                }
            }
        }
    }

    @Test func slackIsHowLateTheNewVisitMayBegin() {
        // Alone on the route: reach location 3 at 30, window closes at 100, so 70 s of slack.
        let problem = TestProblems.problem(points: ConstraintTests.line, jobs: [
            Job(location: 3, serviceDuration: 10, windows: [TimeWindow(start: 0, end: 100)]),
        ], vehicles: [TestProblems.vehicle(shift: TimeWindow(start: 0, end: 1000))])
        let options = InsertionQuery(problem: problem).insertions(of: 0, into: [[]])
        #expect(options == [Insertion(vehicle: 0, position: 0, addedCost: 60, slack: 70)])
    }
}
