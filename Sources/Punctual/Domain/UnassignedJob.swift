/// A job a plan could not serve, with the reason a dispatcher can act on.
public struct UnassignedJob: Codable, Hashable, Sendable {
    public var jobID: String
    /// Human-readable, e.g. "no technician has the skill electrical".
    public var reason: String

    public init(jobID: String, reason: String) {
        self.jobID = jobID
        self.reason = reason
    }
}
