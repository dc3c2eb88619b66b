import Testing
import Routing

/// Each constraint kind on a hand-built problem whose answer is known.
@Suite("Field-service constraints hold")
struct ConstraintTests {
    /// Depot at 0 and jobs along a line at 10, 20, 30, … (travel seconds = distance).
    static let line: [(Int, Int)] = (0...6).map { ($0 * 10, 0) }
    let config = SolverConfiguration(timeLimit: nil, iterationLimit: 500, seed: 1)

    func solve(_ problem: Problem) -> Solution {
        let s = Solver(configuration: config).solve(problem)
        #expect(ScheduleChecker.violations(problem, s).isEmpty)
        return s
    }

    @Test func skillsDecideWhoGoes() {
        let jobs = [Job(location: 1, requiredSkills: ["gas"]), Job(location: 2, requiredSkills: ["electric"])]
        let problem = TestProblems.problem(points: Self.line, jobs: jobs, vehicles: [
            TestProblems.vehicle(skills: ["electric"]), TestProblems.vehicle(skills: ["gas", "water"]),
        ])
        let s = solve(problem)
        #expect(s.routes[0].jobs == [1])
        #expect(s.routes[1].jobs == [0])
    }

    @Test func pinnedJobGoesToItsTechnicianEvenWhenAnotherIsCloser() {
        let jobs = [Job(location: 1), Job(location: 6, pinnedVehicle: 1)]
        let near = Vehicle(startLocation: 5, endLocation: 5, shift: TimeWindow(start: 0, end: 1000))
        let far = TestProblems.vehicle()
        let s = solve(TestProblems.problem(points: Self.line, jobs: jobs, vehicles: [near, far]))
        #expect(s.routes[1].jobs.contains(1))
        #expect(!s.routes[0].jobs.contains(1))
    }

    @Test func everyPartDimensionIsRespected() {
        // Two vans: the first carries filters only, the second pumps only; each job needs one kind.
        let jobs = [Job(location: 1, demand: [2, 0]), Job(location: 2, demand: [0, 1]), Job(location: 3, demand: [2, 0])]
        let problem = TestProblems.problem(points: Self.line, jobs: jobs, vehicles: [
            TestProblems.vehicle(capacity: [4, 0]), TestProblems.vehicle(capacity: [0, 1]),
        ])
        let s = solve(problem)
        #expect(Set(s.routes[0].jobs) == [0, 2])
        #expect(s.routes[1].jobs == [1])
        #expect(s.routes[0].load == [4, 0])
    }

    @Test func aJobWithTwoWindowsStartsInTheReachableOne() {
        let job = Job(location: 3, serviceDuration: 5, windows: [TimeWindow(start: 0, end: 10), TimeWindow(start: 200, end: 260)])
        let s = solve(TestProblems.problem(points: Self.line, jobs: [job], vehicles: [TestProblems.vehicle()]))
        #expect(s.routes[0].visits.first?.arrival == 30)
        #expect(s.routes[0].visits.first?.start == 200)
        #expect(s.routes[0].visits.first?.wait == 170)
    }

    @Test func theBreakIsTakenInsideItsWindowAndNotDuringWork() {
        let jobs = (1...4).map { Job(location: $0, serviceDuration: 60, windows: [TimeWindow(start: 0, end: 1000)]) }
        let lunch = Break(duration: 30, window: TimeWindow(start: 100, end: 150))
        let problem = TestProblems.problem(points: Self.line, jobs: jobs, vehicles: [TestProblems.vehicle(breaks: [lunch])])
        let s = solve(problem)
        let route = s.routes[0]
        #expect(route.jobs.count == 4)
        #expect(route.breaks.count == 1)
        if let b = route.breaks.first {
            #expect(b.start >= 100 && b.start <= 150)
            #expect(b.end - b.start == 30)
            for v in route.visits { #expect(b.end <= v.start || b.start >= v.end) }
        }
    }

    @Test func anUnusedTechnicianTakesNoBreak() {
        let problem = TestProblems.problem(points: Self.line, jobs: [], vehicles: [
            TestProblems.vehicle(breaks: [Break(duration: 30, window: TimeWindow(start: 0, end: 50))]),
        ])
        let s = solve(problem)
        #expect(s.routes[0].breaks.isEmpty)
        #expect(s.cost == 0)
    }

    @Test func overtimeIsUsedOnlyWhenAllowedAndIsPaidFor() {
        // The job alone needs until 60 + 10 = 130 (travel 30 each way, 70 service); the shift ends at 100.
        let job = Job(location: 3, serviceDuration: 70)
        let strict = TestProblems.problem(points: Self.line, jobs: [job], vehicles: [
            TestProblems.vehicle(shift: TimeWindow(start: 0, end: 100)),
        ])
        let s1 = solve(strict)
        #expect(s1.unassigned == [UnassignedJob(job: 0, reason: .windowUnreachable)])
        let lenient = TestProblems.problem(points: Self.line, jobs: [job], vehicles: [
            TestProblems.vehicle(shift: TimeWindow(start: 0, end: 100), maxOvertime: 60, overtimeCost: 2),
        ])
        let s2 = solve(lenient)
        #expect(s2.unassigned.isEmpty)
        #expect(s2.routes[0].endTime == 130)
        #expect(s2.routes[0].overtime == 30)
        #expect(s2.overtimeCost == 60)
        #expect(s2.cost == 60 + 60)
    }

    @Test func overtimeCostSteersWorkToTheTechnicianOnShift() {
        // Both can do the job; one would be on overtime, the other a little further away is not.
        let job = Job(location: 3, serviceDuration: 50)
        let problem = TestProblems.problem(points: Self.line, jobs: [job], vehicles: [
            TestProblems.vehicle(shift: TimeWindow(start: 0, end: 100), maxOvertime: 100, overtimeCost: 10),
            Vehicle(startLocation: 6, endLocation: 6, shift: TimeWindow(start: 0, end: 1000)),
        ])
        #expect(solve(problem).routes[1].jobs == [0])
    }

    @Test func higherPriorityWinsWhenNotEveryoneFits() {
        // Room for one job only (both windows at the same instant, far apart).
        let jobs = [
            Job(location: 1, windows: [TimeWindow(start: 100, end: 100)], priority: 1),
            Job(location: 6, windows: [TimeWindow(start: 100, end: 100)], priority: 3),
        ]
        let s = solve(TestProblems.problem(points: Self.line, jobs: jobs, vehicles: [TestProblems.vehicle()]))
        #expect(s.routes[0].jobs == [1])
        #expect(s.unassigned == [UnassignedJob(job: 0, reason: .noRoom)])
        #expect(s.unassignedPriority == 1)
    }
}
