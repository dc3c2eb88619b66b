import Testing
import Routing

@Suite("Each unassigned job says what blocked it")
struct UnassignedReasonTests {
    @Test func reasonsFromMostToLeastFundamental() {
        let jobs = [
            Job(location: 1, requiredSkills: ["crane"]),                            // nobody has the skill
            Job(location: 2, demand: [9]),                                          // no van holds 9
            Job(location: 6, windows: [TimeWindow(start: 0, end: 30)]),             // can't be reached by 30
            Job(location: 3, serviceDuration: 10, windows: [TimeWindow(start: 500, end: 500)]), // fits alone, but …
            Job(location: 3, serviceDuration: 10, windows: [TimeWindow(start: 500, end: 500)], priority: 2), // … this one wins the slot
            Job(location: 4, requiredSkills: ["gas"], pinnedVehicle: 0),          // pinned to someone without the skill
        ]
        let problem = TestProblems.problem(points: ConstraintTests.line, jobs: jobs, vehicles: [
            TestProblems.vehicle(capacity: [5], skills: []),
        ])
        let s = Solver(configuration: SolverConfiguration(timeLimit: nil, iterationLimit: 300, seed: 1)).solve(problem)
        let reasons = Dictionary(uniqueKeysWithValues: s.unassigned.map { ($0.job, $0.reason) })
        #expect(reasons[0] == .noTechnicianWithSkills)
        #expect(reasons[1] == .partsExceedEveryVan)
        #expect(reasons[2] == .windowUnreachable)
        #expect(reasons[3] == .noRoom)
        #expect(reasons[4] == nil)
        #expect(reasons[5] == .noTechnicianWithSkills)
        #expect(s.routes[0].jobs == [4])
    }
}
