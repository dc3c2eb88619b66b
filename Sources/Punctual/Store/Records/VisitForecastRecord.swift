import Foundation
import GRDB
import PunctualCore

struct VisitForecastRecord: StoreRecord {
    static let databaseTableName = "visit_forecast"
    var jobId: String
    var technicianId: String
    var computedAt: Date
    var medianArrival: Date
    var p90Arrival: Date
    var pLate: Double
    /// Whether a `visit_at_risk` event was raised for this visit (it is raised once).
    var atRisk: Bool

    enum CodingKeys: String, CodingKey {
        case jobId = "job_id", technicianId = "technician_id", computedAt = "computed_at",
            medianArrival = "median_arrival", p90Arrival = "p90_arrival", pLate = "p_late", atRisk = "at_risk"
    }

    /// The columns the store's queries name, typed from the coding keys.
    enum Columns {
        static let atRisk = Column(CodingKeys.atRisk)
        static let jobId = Column(CodingKeys.jobId)
        static let medianArrival = Column(CodingKeys.medianArrival)
    }
}
