import Foundation
import GRDB
import PunctualCore

/// The audit trail: every change made by hand, written in the transaction that makes it.
extension Store {
    /// Appends `entry` inside the caller's write transaction.
    package static func recordAudit(_ db: Database, _ entry: AuditEntry) throws {
        var record = AuditRecord(entry)
        try record.insert(db)
    }

    /// Appends `entry` in a transaction of its own (for what is already done, such as a publish).
    public func recordAudit(_ entry: AuditEntry) throws {
        try writer.write { db in try Self.recordAudit(db, entry) }
    }

    /// The changes to a job, or to a technician, oldest first; everything when neither is given.
    public func history(jobID: String? = nil, technicianID: String? = nil) throws -> [AuditEntry] {
        try writer.read { db in
            var request = AuditRecord.order(AuditRecord.Columns.id)
            if let jobID { request = request.filter(AuditRecord.Columns.jobId == jobID) }
            if let technicianID { request = request.filter(AuditRecord.Columns.technicianId == technicianID) }
            return try request.fetchAll(db).map(\.entry)
        }
    }
}
