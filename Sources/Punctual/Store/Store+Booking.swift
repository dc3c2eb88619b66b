import Foundation
import GRDB
import PunctualCore

/// Promising a window: the feasibility check and the write happen in one transaction, so two
/// bookings can never both take the last free hour.
extension Store {
    /// The job with `id`, if any.
    public func job(_ id: String) throws -> Job? {
        try writer.read { db in try Self.fetchJobs(db, on: nil, ids: [id]).first }
    }

    /// Reads the job and the day of `window` inside a write transaction, lets `check` refuse (by
    /// throwing), then stores `window` as the job's promise, moves the job to that date and marks
    /// it booked.
    public func promise<T>(jobID: String, window: DateInterval, now: Date,
                           check: (_ job: Job, _ day: DaySnapshot) throws -> T) throws -> T {
        try promise(jobID: jobID, window: window, notices: { _ in [] }, now: now, check: check)
    }

    /// `promise(jobID:window:check:)`, and in the same transaction queues the notices `notices`
    /// words from the job as newly promised (its confirmation), so a booking and its confirmation
    /// land together or not at all. Each promise increases the job's promise version.
    public func promise<T>(jobID: String, window: DateInterval,
                           notices: (NoticeContext) throws -> [OutgoingMessage], now: Date,
                           check: (_ job: Job, _ day: DaySnapshot) throws -> T) throws -> T {
        try promise(jobID: jobID, window: window, notices: notices, now: now) { job, day in (try check(job, day), nil) }
    }

    /// `promise(jobID:window:notices:now:check:)` where `commit` also returns the day's promise
    /// ledger with the job in it, stored in the same transaction (nil leaves the ledger as it is).
    /// A promise `forced` says is forced is one the dispatcher made although the check refused it; `audit`
    /// records who made the promise, in the same transaction.
    public func promise<T>(jobID: String, window: DateInterval,
                           notices: (NoticeContext) throws -> [OutgoingMessage], now: Date, forced: () -> Bool = { false },
                           audit: ((_ before: Job) -> AuditEntry)? = nil,
                           commit: (_ job: Job, _ day: DaySnapshot) throws -> (result: T, commitments: DayCommitments?)) throws -> T {
        try writer.write { db in
            guard let job = try Self.fetchJobs(db, on: nil, ids: [jobID]).first else {
                throw BookingError.unknownJob(jobID)
            }
            guard let business = try SettingsRecord.fetchOne(db)?.settings else { throw StoreError.notInitialized }
            let date = business.calendar.local(window.start).date
            let (result, commitments) = try commit(job, try Self.daySnapshot(db, on: date))
            if let commitments { try Self.replaceCommitments(db, with: commitments) }
            // A promise moved to another date leaves the ledger of the old one.
            if date != job.date { try Self.removeFromLedger(db, jobID: jobID, on: job.date) }
            if let audit { try Self.recordAudit(db, audit(job)) }
            // A new promise answers whatever times were held for this job, and the forecast made
            // against the old one (another window, often another day) says nothing about it.
            try RebookChoiceRecord.filter(RebookChoiceRecord.Columns.jobId == jobID).deleteAll(db)
            try VisitForecastRecord.filter(key: jobID).deleteAll(db)
            try JobRecord.filter(key: jobID).updateAll(db, [
                JobRecord.Columns.windowStart.set(to: window.start),
                JobRecord.Columns.windowEnd.set(to: window.end),
                JobRecord.Columns.date.set(to: date.description),
                JobRecord.Columns.status.set(to: JobStatus.booked.rawValue),
                JobRecord.Columns.forcedPromise.set(to: forced()),
                JobRecord.Columns.promiseVersion.set(to: JobRecord.Columns.promiseVersion + 1),
            ])
            _ = try Self.enqueue(db, try notices(try Self.noticeContext(db, jobID: jobID, now: now)), now: now)
            return result
        }
    }
}
