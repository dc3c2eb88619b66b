/// One completed visit's service time beside the duration the job was planned with.
public struct ServiceObservation: Hashable, Sendable {
    public var jobType: String
    public var plannedSeconds: Int
    public var actualSeconds: Int

    public init(jobType: String, plannedSeconds: Int, actualSeconds: Int) {
        self.jobType = jobType
        self.plannedSeconds = plannedSeconds
        self.actualSeconds = actualSeconds
    }
}
