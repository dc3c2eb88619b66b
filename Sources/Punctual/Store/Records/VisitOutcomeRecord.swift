import Foundation
import GRDB
import PunctualCore

/// What happened at a visit beside what was planned and predicted, for reporting prediction error.
struct VisitOutcomeRecord: StoreRecord {
    static let databaseTableName = "visit_outcome"
    var jobId: String
    var technicianId: String
    var plannedArrival: Date?
    /// The tracker's last median arrival before the technician arrived.
    var predictedArrival: Date?
    var arrivedAt: Date?
    var startedAt: Date?
    var plannedEnd: Date?
    var completedAt: Date?

    enum CodingKeys: String, CodingKey {
        case jobId = "job_id", technicianId = "technician_id", plannedArrival = "planned_arrival",
            predictedArrival = "predicted_arrival", arrivedAt = "arrived_at", startedAt = "started_at",
            plannedEnd = "planned_end", completedAt = "completed_at"
    }

    /// The columns the store's queries name, typed from the coding keys.
    enum Columns {
        static let jobId = Column(CodingKeys.jobId)
    }
}
