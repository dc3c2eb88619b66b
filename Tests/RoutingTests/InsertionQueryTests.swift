import Testing
import Routing

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
        #expect(options == [Insertion(vehicle: 0, position: 0, addedCost: 60, slack: 70, arrival: 30, addedTravel: 60)])
    }
}
