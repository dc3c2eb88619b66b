/// The schedule of a fixed route from a start state: reusable storage the tracker fills again and
/// again without allocating (once its capacity covers the longest route).
public struct RouteSchedule: Sendable {
    /// One estimate per remaining job, in route order.
    public private(set) var visits: [VisitEstimate]
    /// Expected return to the end location, seconds.
    public private(set) var endTime: Int = 0
    /// Seconds past the vehicle's latest allowed end (shift end plus allowed overtime).
    public private(set) var endLateness: Int = 0
    /// Largest visit lateness, seconds.
    public private(set) var maxLateness: Int = 0

    /// - Parameter capacity: the longest route expected, to allocate once.
    public init(capacity: Int = 64) {
        visits = []
        visits.reserveCapacity(capacity)
    }

    mutating func fill(_ data: ProblemData, vehicle: Int, jobs: [Int], from state: StartState) {
        var sink = EstimateSink(data: data, visits: [])
        swap(&sink.visits, &visits)
        sink.visits.removeAll(keepingCapacity: true)
        let o = data.simulate(vehicle: vehicle, jobs: jobs, location: state.location,
                              time: state.time + state.remainingService, firstBreak: state.breaksTaken,
                              soft: true, sink: &sink)
        swap(&sink.visits, &visits)
        endTime = o.endTime
        endLateness = max(0, o.endTime - data.vehLatestEnd[vehicle])
        maxLateness = sink.maxLateness
    }
}

/// Turns simulated visits into estimates with lateness.
struct EstimateSink: ScheduleSink {
    let data: ProblemData
    var visits: [VisitEstimate]
    var maxLateness = 0

    mutating func visit(position: Int, job: Int, arrival: Int, start: Int, end: Int) {
        let late = max(0, arrival - data.jobLastEnd[job])
        maxLateness = max(maxLateness, late)
        visits.append(VisitEstimate(job: job, arrival: arrival, start: start, end: end, lateness: late))
    }

    mutating func rest(index: Int, beforePosition: Int, location: Int, start: Int, end: Int) {}
}
