import Foundation
import GRDB
import Punctual
import PunctualCore

/// What an import reads and writes: the ids it may refer to, and the batch written in one transaction.
extension Store {
    /// What an import must know of the store to validate references and recognise updates.
    public func importSnapshot() throws -> ImportSnapshot {
        try writer.read { db in
            ImportSnapshot(
                partIDs: Set(try String.fetchAll(db, PartRecord.select(PartRecord.Columns.id))),
                technicianIDs: Set(try String.fetchAll(db, TechnicianRecord.select(TechnicianRecord.Columns.id))),
                jobIDs: Set(try String.fetchAll(db, JobRecord.select(JobRecord.Columns.id))))
        }
    }

    // MARK: Writing an import

    /// Writes a validated import in one transaction: all of it lands, or none of it.
    ///
    /// Existing ids are updated in place; a job's parts and availability are replaced by the row's,
    /// and a customer is found by phone so one person with two jobs stays one customer.
    @discardableResult
    public func apply(_ batch: ImportBatch, audit: [AuditEntry] = []) throws -> ImportSummary {
        try writer.write { db in
            var summary = ImportSummary()
            for entry in audit { try Self.recordAudit(db, entry) }
            for part in batch.parts {
                let exists = try PartRecord.exists(db, key: part.id)
                var record = PartRecord(part)
                try record.save(db)
                summary.count(exists: exists, kind: .parts)
            }
            for technician in batch.technicians {
                let exists = try TechnicianRecord.exists(db, key: technician.id)
                var record = TechnicianRecord(technician)
                try record.save(db)
                summary.count(exists: exists, kind: .technicians)
            }
            for item in batch.stock {
                let key = ["technician_id": item.technicianID, "part_id": item.part.part]
                let exists = try VanStockRecord.exists(db, key: key)
                var record = VanStockRecord(technicianId: item.technicianID, partId: item.part.part, quantity: item.part.quantity)
                try record.save(db)
                summary.count(exists: exists, kind: .stock)
            }
            for entry in batch.jobs {
                let customerID = try upsertCustomer(entry.customer, db: db)
                var job = entry.job
                job.customerID = customerID
                let existing = try JobRecord.fetchOne(db, key: job.id)
                if let existing, !Self.importMayReset(existing.status) {
                    job.status = existing.status
                }
                var record = JobRecord(job)
                try record.save(db)
                // A window in the spreadsheet is a promise: a new one, or one the sheet moves, is a
                // new version, so its confirmation's calendar entry replaces the last (SEQUENCE).
                if let window = job.promisedWindow, existing.map({ $0.windowStart != window.start || $0.windowEnd != window.end }) ?? true {
                    try JobRecord.filter(key: job.id).updateAll(db, JobRecord.Columns.promiseVersion.set(to: JobRecord.Columns.promiseVersion + 1))
                }
                try JobPartRecord.filter(JobPartRecord.Columns.jobId == job.id).deleteAll(db)
                for part in job.parts {
                    var partRecord = JobPartRecord(jobId: job.id, partId: part.part, quantity: part.quantity)
                    try partRecord.insert(db)
                }
                try JobAvailabilityRecord.filter(JobAvailabilityRecord.Columns.jobId == job.id).deleteAll(db)
                for interval in job.availability {
                    var availabilityRecord = JobAvailabilityRecord(jobId: job.id, start: interval.start, end: interval.end)
                    try availabilityRecord.insert(db)
                }
                summary.count(exists: existing != nil, kind: .jobs)
            }
            return summary
        }
    }

    /// A spreadsheet re-import may move a job between requested and booked, but never undo what has
    /// happened in the field (scheduled, started, finished).
    private static func importMayReset(_ status: JobStatus) -> Bool {
        status == .requested || status == .booked
    }

    private func upsertCustomer(_ customer: Customer, db: Database) throws -> Int64 {
        var record = CustomerRecord(customer)
        if let existing = try CustomerRecord.filter(CustomerRecord.Columns.phone == customer.phone).fetchOne(db) {
            record.id = existing.id
            try record.update(db)
        } else {
            record.id = nil
            try record.insert(db)
        }
        return record.id!
    }
}
