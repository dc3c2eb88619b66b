import Foundation
import GRDB
import PunctualCore

struct VisitEventRecord: StoreRecord {
    static let databaseTableName = "visit_event"
    var id: Int64?
    var jobId: String
    var technicianId: String
    var kind: VisitEventKind
    var at: Date
    var statusAfter: JobStatus
    var partsUsed: [PartQuantity]?
    var notes: String?
    var reason: String?
    var minutesLeft: Int?
    var idempotencyKey: String?

    enum CodingKeys: String, CodingKey {
        case id, jobId = "job_id", technicianId = "technician_id", kind, at, statusAfter = "status_after",
            partsUsed = "parts_used", notes, reason, minutesLeft = "minutes_left", idempotencyKey = "idempotency_key"
    }

    /// The columns the store's queries name, typed from the coding keys.
    enum Columns {
        static let id = Column(CodingKeys.id)
        static let idempotencyKey = Column(CodingKeys.idempotencyKey)
        static let jobId = Column(CodingKeys.jobId)
        static let kind = Column(CodingKeys.kind)
        static let technicianId = Column(CodingKeys.technicianId)
    }

    init(_ event: VisitEvent) {
        id = event.id
        jobId = event.jobID
        technicianId = event.technicianID
        kind = event.kind
        at = event.at
        statusAfter = event.statusAfter
        partsUsed = event.partsUsed.isEmpty ? nil : event.partsUsed
        notes = event.notes
        reason = event.reason
        minutesLeft = event.minutesLeft
        idempotencyKey = event.idempotencyKey
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    var event: VisitEvent {
        VisitEvent(id: id, jobID: jobId, technicianID: technicianId, kind: kind, at: at, statusAfter: statusAfter,
                   partsUsed: partsUsed ?? [], notes: notes, reason: reason, minutesLeft: minutesLeft,
                   idempotencyKey: idempotencyKey)
    }
}
