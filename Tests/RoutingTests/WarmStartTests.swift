import Testing
import Routing

@Suite("Re-planning from an existing plan")
struct WarmStartTests {
    @Test func aGoodPlanIsKeptAndNeverMadeWorse() {
        let problem = TestProblems.random(seed: 11, jobs: 30, vehicles: 4, breaks: true, windowWidth: 500, horizon: 2000)
        let first = Solver(configuration: SolverConfiguration(timeLimit: nil, iterationLimit: 1500, seed: 3)).solve(problem)
        let again = Solver(configuration: SolverConfiguration(timeLimit: nil, iterationLimit: 0, seed: 9))
            .solve(problem, startingFrom: first.routes.map(\.jobs))
        #expect(again.routes.map(\.jobs) == first.routes.map(\.jobs))
        let improved = Solver(configuration: SolverConfiguration(timeLimit: nil, iterationLimit: 300, seed: 9))
            .solve(problem, startingFrom: first.routes.map(\.jobs))
        #expect((improved.unassignedPriority, improved.cost) <= (first.unassignedPriority, first.cost))
        #expect(ScheduleChecker.violations(problem, improved).isEmpty)
    }

    @Test func infeasibleLeftoversAreReinserted() {
        // A plan that puts everything on vehicle 0 in a bad order is repaired, not trusted.
        let problem = TestProblems.random(seed: 12, jobs: 20, vehicles: 3, breaks: false, windowWidth: 300, horizon: 1500)
        let s = Solver(configuration: SolverConfiguration(timeLimit: nil, iterationLimit: 0, seed: 1))
            .solve(problem, startingFrom: [Array(0..<20).reversed()])
        #expect(ScheduleChecker.violations(problem, s).isEmpty)
        #expect(s.isFeasible)
    }
}
