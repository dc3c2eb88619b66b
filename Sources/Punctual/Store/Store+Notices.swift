import Foundation
import GRDB
import PunctualCore

/// Queuing notices about a job: the policy words them from a context read in the same transaction
/// that queues them, so a notice never describes a job that has since changed.
extension Store {
    /// Reads the job's notice context, lets `compose` word the notices, and queues them.
    @discardableResult
    public func notify(jobID: String, now: Date, compose: (NoticeContext) throws -> [OutgoingMessage]) throws -> [Message] {
        try writer.write { db in
            let context = try Self.noticeContext(db, jobID: jobID, now: now)
            return try Self.enqueue(db, try compose(context), now: now)
        }
    }

    static func noticeContext(_ db: Database, jobID: String, now: Date) throws -> NoticeContext {
        guard let job = try fetchJobs(db, on: nil, ids: [jobID]).first else { throw BookingError.unknownJob(jobID) }
        guard let business = try SettingsRecord.fetchOne(db)?.settings else { throw StoreError.notInitialized }
        guard let customer = try CustomerRecord.fetchOne(db, key: job.customerID)?.customer else {
            throw NotifyingError.unknownCustomer(job.customerID)
        }
        let version = try Int.fetchOne(db, sql: "SELECT promise_version FROM job WHERE id = ?", arguments: [jobID]) ?? 0
        let previous = try MessageRecord.filter(MessageRecord.Columns.jobId == jobID).order(MessageRecord.Columns.id).fetchAll(db).map(\.message)
        let partNames = Dictionary(uniqueKeysWithValues: try fetchParts(db).map { ($0.id, $0.name) })
        let settings = try settings(db)
        let base = settings.text(.webBaseURL)
        let link = base.isEmpty ? nil : WebLinks.tracking(base: base, token: try trackingToken(db, jobID: jobID, now: now))
        return NoticeContext(job: job, customer: customer, business: business, settings: settings,
                             promiseVersion: version, previous: previous, partNames: partNames, trackingLink: link)
    }
}
