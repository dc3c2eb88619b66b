import Foundation
import GRDB
import PunctualCore

struct CommitmentRecord: StoreRecord {
    static let databaseTableName = "commitment"
    var date: String
    var technicianId: String
    var sequence: Int
    var jobId: String

    enum CodingKeys: String, CodingKey {
        case date, technicianId = "technician_id", sequence, jobId = "job_id"
    }

    /// The columns the store's queries name, typed from the coding keys.
    enum Columns {
        static let date = Column(CodingKeys.date)
        static let technicianId = Column(CodingKeys.technicianId)
        static let sequence = Column(CodingKeys.sequence)
    }
}
