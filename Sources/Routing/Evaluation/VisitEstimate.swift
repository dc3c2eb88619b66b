/// The expected timing of one remaining visit of a fixed route.
public struct VisitEstimate: Sendable, Hashable, Codable {
    /// Index of the job in `Problem.jobs`.
    public var job: Int
    /// Expected arrival, seconds.
    public var arrival: Int
    /// Expected service start (after any wait or break), seconds.
    public var start: Int
    /// Expected service end, seconds.
    public var end: Int
    /// How far the arrival falls after the job's last window closes, seconds (0 when on time).
    public var lateness: Int

    public init(job: Int, arrival: Int, start: Int, end: Int, lateness: Int) {
        self.job = job
        self.arrival = arrival
        self.start = start
        self.end = end
        self.lateness = lateness
    }
}
