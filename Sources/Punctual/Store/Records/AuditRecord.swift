import Foundation
import GRDB
import PunctualCore

struct AuditRecord: StoreRecord {
    static let databaseTableName = "audit"
    var id: Int64?
    var at: Date
    var actor: String
    var action: String
    var jobId: String?
    var technicianId: String?
    var detail: String
    var reason: String

    enum CodingKeys: String, CodingKey {
        case id, at, actor, action, jobId = "job_id", technicianId = "technician_id", detail, reason
    }

    /// The columns the store's queries name, typed from the coding keys.
    enum Columns {
        static let id = Column(CodingKeys.id)
        static let jobId = Column(CodingKeys.jobId)
        static let technicianId = Column(CodingKeys.technicianId)
    }

    init(_ entry: AuditEntry) {
        id = entry.id
        at = entry.at
        actor = entry.actor
        action = entry.action
        jobId = entry.jobID
        technicianId = entry.technicianID
        detail = entry.detail
        reason = entry.reason
    }

    var entry: AuditEntry {
        AuditEntry(id: id, at: at, actor: actor, action: action, jobID: jobId, technicianID: technicianId, detail: detail, reason: reason)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
