/// One job on a route, with its schedule.
public struct Visit: Sendable, Hashable, Codable {
    /// Index of the job in `Problem.jobs`.
    public var job: Int
    /// When the technician reaches the job's location, seconds.
    public var arrival: Int
    /// Idle time on site before service, seconds (excludes a break taken there).
    public var wait: Int
    /// Service start, seconds; inside one of the job's windows (except in a fixed prefix).
    public var start: Int
    /// Service end, seconds.
    public var end: Int

    public init(job: Int, arrival: Int, wait: Int, start: Int, end: Int) {
        self.job = job
        self.arrival = arrival
        self.wait = wait
        self.start = start
        self.end = end
    }
}
