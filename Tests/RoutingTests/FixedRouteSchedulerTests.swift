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

    @Test func aLongVisitIsWorkedInItsWindowAndTheBreakTakenLateAfterIt() {
        // The visit opens at 20 and takes 300 s; the break must start in [200, 250]. Taking the
        // break first would idle until 200 and begin the visit at 230, long after its window closed:
        // what really happens is the work, then the break, late, before the next stop.
        let problem = TestProblems.problem(points: ConstraintTests.line, jobs: [
            Job(location: 1, serviceDuration: 300, windows: [TimeWindow(start: 20, end: 60)]),
            Job(location: 2, serviceDuration: 10, windows: [TimeWindow(start: 0, end: 1000)]),
        ], vehicles: [TestProblems.vehicle(breaks: [Break(duration: 30, window: TimeWindow(start: 200, end: 250))])])
        let s = FixedRouteScheduler(problem: problem).schedule(vehicle: 0, jobs: [0, 1], from: StartState(location: 0, time: 0))
        #expect(s.visits.map(\.start) == [20, 360])
        #expect(s.visits.map(\.lateness) == [0, 0])
    }
}
