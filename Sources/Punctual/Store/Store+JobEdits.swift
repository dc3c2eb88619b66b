import Foundation
import GRDB
import PunctualCore

/// The dispatcher's changes to a job (its details, a cancellation, a corrected status), each worked
/// out from the job and its day as they are inside one write transaction and written with its
/// audit entry and the notices it owes the customer: all of it, or nothing.
extension Store {
    /// One change to a job, as the desk worked it out.
    public struct JobUpdate: Sendable {
        /// The job as it is to be stored (its id may not change).
        public var job: Job
        /// The ledger of the job's date with the change in it; nil leaves the ledger as it is.
        public var commitments: DayCommitments?
        public var audit: AuditEntry
        /// What the customer is owed, worded from the job as stored.
        public var notices: @Sendable (NoticeContext) -> [OutgoingMessage]

        public init(job: Job, commitments: DayCommitments? = nil, audit: AuditEntry,
                    notices: @escaping @Sendable (NoticeContext) -> [OutgoingMessage] = { _ in [] }) {
            self.job = job
            self.commitments = commitments
            self.audit = audit
            self.notices = notices
        }
    }

    /// Reads `jobID` and its day, lets `make` refuse (by throwing) or return the update, and writes
    /// it: the job, its parts, the ledger, held choices (a closed job holds none), the audit entry
    /// and the notices. A closed job leaves its date's ledger.
    @discardableResult
    public func updateJob<T>(jobID: String, now: Date, _ make: (_ job: Job, _ day: DaySnapshot) throws -> (update: JobUpdate, result: T)) throws -> T {
        try writer.write { db in
            guard let job = try Self.fetchJobs(db, on: nil, ids: [jobID]).first else { throw BookingError.unknownJob(jobID) }
            let (update, result) = try make(job, try Self.daySnapshot(db, on: job.date))
            precondition(update.job.id == jobID, "an update may not change a job's id")
            var record = JobRecord(update.job)
            try record.update(db)
            try JobPartRecord.filter(JobPartRecord.Columns.jobId == jobID).deleteAll(db)
            for part in update.job.parts {
                var partRecord = JobPartRecord(jobId: jobID, partId: part.part, quantity: part.quantity)
                try partRecord.insert(db)
            }
            if let commitments = update.commitments { try Self.replaceCommitments(db, with: commitments) }
            if update.job.status.isClosed {
                try Self.removeFromLedger(db, jobID: jobID, on: job.date)
                try RebookChoiceRecord.filter(RebookChoiceRecord.Columns.jobId == jobID).deleteAll(db)
            }
            try Self.recordAudit(db, update.audit)
            _ = try Self.enqueue(db, update.notices(try Self.noticeContext(db, jobID: jobID, now: now)), now: now)
            return result
        }
    }

    /// Puts a job's status back (a wrong `arrived` or `completed` from the field): the reports that
    /// took it past `status` are voided (the tracker would otherwise read the technician as there),
    /// the visit's recorded outcome goes (it described what did not happen), and the audit entry
    /// says who, why, and which reports were voided. Returns the voided reports.
    @discardableResult
    public func resetJobStatus(jobID: String, to status: JobStatus, audit: AuditEntry) throws -> [VisitEvent] {
        try writer.write { db in
            guard try JobRecord.filter(key: jobID).updateAll(db, [JobRecord.Columns.status.set(to: status.rawValue)]) == 1 else {
                throw BookingError.unknownJob(jobID)
            }
            let voided = try VisitEventRecord.filter(VisitEventRecord.Columns.jobId == jobID).order(VisitEventRecord.Columns.id).fetchAll(db)
                .filter { Self.leadsPast(status, $0.kind) }
            try VisitEventRecord.filter(voided.compactMap(\.id).contains(VisitEventRecord.Columns.id)).deleteAll(db)
            try VisitOutcomeRecord.deleteOne(db, key: jobID)
            try VisitForecastRecord.deleteOne(db, key: jobID)
            var audit = audit
            if !voided.isEmpty, let calendar = try SettingsRecord.fetchOne(db)?.settings.calendar {
                audit.detail += "; voided " + voided.map { "\($0.kind.rawValue) by \($0.technicianId) at \(calendar.iso8601($0.at))" }
                    .joined(separator: ", ")
            }
            try Self.recordAudit(db, audit)
            return voided.map(\.event)
        }
    }

    /// Whether a report of `kind` takes a visit past `status`.
    static func leadsPast(_ status: JobStatus, _ kind: VisitEventKind) -> Bool {
        switch status {
        case .requested, .booked, .scheduled, .cancelled: true
        case .enRoute: kind != .enRoute
        case .arrived: ![.enRoute, .arrived].contains(kind)
        case .inProgress: [.completed, .unableToComplete].contains(kind)
        case .completed, .failed: false
        }
    }

    /// Whether a job with `id` exists.
    public func jobExists(_ id: String) throws -> Bool {
        try writer.read { db in try JobRecord.exists(db, key: id) }
    }
}
