/// A job a plan could not serve, with the reason a dispatcher can act on.
public struct UnassignedJob: Codable, Hashable, Sendable {
    public var jobID: String
    /// Human-readable, e.g. "no technician has the skill 'electrical'".
    public var reason: String
    /// The job had a promised window, which this plan breaks.
    public var brokenPromise: Bool
    /// For a broken promise, the least-bad way out.
    public var proposal: String?

    public init(jobID: String, reason: String, brokenPromise: Bool = false, proposal: String? = nil) {
        self.jobID = jobID
        self.reason = reason
        self.brokenPromise = brokenPromise
        self.proposal = proposal
    }
}
