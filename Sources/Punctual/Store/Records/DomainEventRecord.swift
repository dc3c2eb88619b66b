import Foundation
import GRDB
import PunctualCore

struct DomainEventRecord: StoreRecord {
    static let databaseTableName = "domain_event"
    var id: Int64?
    var kind: DomainEvent.Kind
    var jobId: String?
    var technicianId: String?
    var at: Date
    var leadSeconds: Int?
    var pLate: Double?
    var consumedAt: Date?

    enum CodingKeys: String, CodingKey {
        case id, kind, jobId = "job_id", technicianId = "technician_id", at, leadSeconds = "lead_seconds",
            pLate = "p_late", consumedAt = "consumed_at"
    }

    /// The columns the store's queries name, typed from the coding keys.
    enum Columns {
        static let consumedAt = Column(CodingKeys.consumedAt)
        static let id = Column(CodingKeys.id)
        static let jobId = Column(CodingKeys.jobId)
    }

    init(_ event: DomainEvent) {
        id = event.id
        kind = event.kind
        jobId = event.jobID
        technicianId = event.technicianID
        at = event.at
        leadSeconds = event.leadSeconds
        pLate = event.pLate
        consumedAt = event.consumedAt
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    var event: DomainEvent {
        DomainEvent(id: id, kind: kind, jobID: jobId, technicianID: technicianId, at: at, leadSeconds: leadSeconds,
                    pLate: pLate, consumedAt: consumedAt)
    }
}
