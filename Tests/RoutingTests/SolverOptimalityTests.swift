import Testing
import Routing

@Suite("The solver finds the optimum of small problems")
struct SolverOptimalityTests {
    /// Windows (some jobs with two), capacity, skills, priorities, overtime and a short horizon
    /// so that some jobs must be left out: the solver matches exhaustive search on every instance.
    @Test(arguments: 1...8)
    func matchesExhaustiveSearch(seed: Int) {
        let problem = TestProblems.random(seed: UInt64(seed) &* 31, jobs: 6, vehicles: 2, breaks: false,
                                          windowWidth: 150, horizon: 400, skills: true)
        let optimum = ExhaustiveSearch.optimum(problem)
        let solution = Solver(configuration: SolverConfiguration(timeLimit: nil, iterationLimit: 3000, seed: 7)).solve(problem)
        #expect(ScheduleChecker.violations(problem, solution).isEmpty)
        #expect(solution.unassignedPriority == optimum.unassignedPriority)
        #expect(solution.cost == optimum.cost)
    }

    @Test func sameSeedAndIterationLimitGiveTheSameSolution() {
        let problem = TestProblems.random(seed: 99, jobs: 40, vehicles: 5, breaks: true, windowWidth: 400, horizon: 2000)
        let config = SolverConfiguration(timeLimit: nil, iterationLimit: 2000, seed: 42)
        let a = Solver(configuration: config).solve(problem)
        let b = Solver(configuration: config).solve(problem)
        #expect(a.routes == b.routes)
        #expect(a.unassigned == b.unassigned)
        #expect(a.cost == b.cost)
        #expect(ScheduleChecker.violations(problem, a).isEmpty)
    }

    @Test func reportsProgressWithTheBestCost() {
        final class Box: @unchecked Sendable { var reports: [SolverProgress] = [] }
        let box = Box()
        let problem = TestProblems.random(seed: 5, jobs: 30, vehicles: 4, breaks: false, windowWidth: 500, horizon: 2000)
        let solution = Solver(configuration: SolverConfiguration(timeLimit: nil, iterationLimit: 3000, seed: 1)) { box.reports.append($0) }
            .solve(problem)
        #expect(!box.reports.isEmpty)
        #expect(box.reports.last?.bestCost == solution.cost)
        #expect(box.reports.last?.assignedCount == problem.jobs.count - solution.unassigned.count)
        #expect(box.reports.map(\.iteration) == box.reports.map(\.iteration).sorted())
    }

    @Test func stopsAtTheTimeLimit() {
        let problem = TestProblems.random(seed: 3, jobs: 60, vehicles: 6, breaks: false, windowWidth: 600, horizon: 3000)
        let clock = ContinuousClock()
        let start = clock.now
        let solution = Solver(configuration: SolverConfiguration(timeLimit: 0.3, seed: 1)).solve(problem)
        #expect(clock.now - start < .seconds(3))
        #expect(ScheduleChecker.violations(problem, solution).isEmpty)
    }
}
