/// Receives the events of a simulated schedule; lets one simulation serve the search (which
/// ignores them), the reported solution and the tracker without allocating.
protocol ScheduleSink {
    /// Visit number `position` (0-based) of job `job`: arrival, service start and end, seconds.
    mutating func visit(position: Int, job: Int, arrival: Int, start: Int, end: Int)
    /// Break `index` (within the vehicle's breaks), taken at `location` before visit `beforePosition`.
    mutating func rest(index: Int, beforePosition: Int, location: Int, start: Int, end: Int)
}

/// A sink that records nothing.
struct NoSink: ScheduleSink {
    @inline(__always) mutating func visit(position: Int, job: Int, arrival: Int, start: Int, end: Int) {}
    @inline(__always) mutating func rest(index: Int, beforePosition: Int, location: Int, start: Int, end: Int) {}
}
