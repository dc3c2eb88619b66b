/// One completed visit's service time beside the duration the job was planned with, and who did it.
public struct ServiceObservation: Hashable, Sendable {
    public var jobType: String
    public var plannedSeconds: Int
    public var actualSeconds: Int
    /// The technician who did the work, when known: some work faster than others.
    public var technicianID: String?

    public init(jobType: String, plannedSeconds: Int, actualSeconds: Int, technicianID: String? = nil) {
        self.jobType = jobType
        self.plannedSeconds = plannedSeconds
        self.actualSeconds = actualSeconds
        self.technicianID = technicianID
    }
}
