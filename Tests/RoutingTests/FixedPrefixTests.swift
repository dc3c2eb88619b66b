import Testing
import Routing

@Suite("A fixed route prefix stays as it is")
struct FixedPrefixTests {
    @Test func thePrefixIsKeptAndOnlyWhatFollowsIsOptimised() {
        // Visiting 4 then 1 is a detour the optimiser would never choose; it is already done.
        let jobs = (1...5).map { Job(location: $0, serviceDuration: 5) }
        let problem = TestProblems.problem(points: ConstraintTests.line, jobs: jobs, vehicles: [
            TestProblems.vehicle(fixedPrefix: [3, 0]), TestProblems.vehicle(),
        ])
        for seed in 1...5 {
            let s = Solver(configuration: SolverConfiguration(timeLimit: nil, iterationLimit: 400, seed: UInt64(seed))).solve(problem)
            #expect(Array(s.routes[0].jobs.prefix(2)) == [3, 0])
            #expect(!s.routes[1].jobs.contains(3) && !s.routes[1].jobs.contains(0))
            #expect(s.unassigned.isEmpty)
            #expect(ScheduleChecker.violations(problem, s).isEmpty)
        }
    }

    @Test func aPrefixVisitWhoseWindowHasPassedDoesNotBlockThePlan() {
        // The technician reached job 0 after its window: a fact, not an infeasibility.
        let jobs = [Job(location: 5, windows: [TimeWindow(start: 0, end: 10)]), Job(location: 6)]
        let problem = TestProblems.problem(points: ConstraintTests.line, jobs: jobs, vehicles: [TestProblems.vehicle(fixedPrefix: [0])])
        let s = Solver(configuration: SolverConfiguration(timeLimit: nil, iterationLimit: 100, seed: 1)).solve(problem)
        #expect(s.routes[0].jobs == [0, 1])
        #expect(s.isFeasible)
    }

    @Test func prefixJobsIgnoreSkillsAndPins() {
        let jobs = [Job(location: 2, requiredSkills: ["rare"]), Job(location: 3)]
        let problem = TestProblems.problem(points: ConstraintTests.line, jobs: jobs, vehicles: [TestProblems.vehicle(fixedPrefix: [0])])
        let s = Solver(configuration: SolverConfiguration(timeLimit: nil, iterationLimit: 100, seed: 1)).solve(problem)
        #expect(s.routes[0].jobs == [0, 1])
        #expect(s.unassigned.isEmpty)
    }
}
