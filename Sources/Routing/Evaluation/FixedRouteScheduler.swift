/// Schedules fixed routes (no optimisation) for the tracker: windows, breaks and shift limits are
/// reported as lateness rather than refused, because the route is what is happening.
public struct FixedRouteScheduler: Sendable {
    let data: ProblemData

    /// Prepares the problem once; each `schedule` call is then allocation-free.
    public init(problem: Problem) {
        data = ProblemData(problem, withNeighbours: false)
    }

    /// Fills `schedule` with the timing of `jobs` (the rest of `vehicle`'s route, in order) from `start`.
    public func schedule(vehicle: Int, jobs: [Int], from start: StartState, into schedule: inout RouteSchedule) {
        schedule.fill(data, vehicle: vehicle, jobs: jobs, from: start)
    }

    /// Convenience form that allocates a fresh `RouteSchedule`.
    public func schedule(vehicle: Int, jobs: [Int], from start: StartState) -> RouteSchedule {
        var s = RouteSchedule(capacity: jobs.count)
        s.fill(data, vehicle: vehicle, jobs: jobs, from: start)
        return s
    }
}
