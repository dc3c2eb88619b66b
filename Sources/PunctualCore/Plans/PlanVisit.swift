import Foundation

/// One stop of a technician's planned route: the job and the planned times (UTC instants).
public struct PlanVisit: Codable, Hashable, Sendable {
    public var technicianID: String
    /// 1-based position in the technician's route.
    public var sequence: Int
    public var jobID: String
    public var plannedArrival: Date
    public var plannedStart: Date
    public var plannedEnd: Date

    public init(technicianID: String, sequence: Int, jobID: String, plannedArrival: Date, plannedStart: Date, plannedEnd: Date) {
        self.technicianID = technicianID
        self.sequence = sequence
        self.jobID = jobID
        self.plannedArrival = plannedArrival
        self.plannedStart = plannedStart
        self.plannedEnd = plannedEnd
    }
}
