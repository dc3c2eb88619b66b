/// A job the solution does not serve, and why.
public struct UnassignedJob: Sendable, Hashable, Codable {
    /// Index of the job in `Problem.jobs`.
    public var job: Int
    public var reason: UnassignedReason

    public init(job: Int, reason: UnassignedReason) {
        self.job = job
        self.reason = reason
    }
}
