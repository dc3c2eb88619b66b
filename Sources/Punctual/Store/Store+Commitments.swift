import Foundation
import GRDB
import PunctualCore

/// The promise ledger (`DayCommitments`): read with the day, replaced in the transactions that
/// change what is promised or published.
extension Store {
    /// The ledger of `date` (empty when nothing was committed yet).
    public func commitments(on date: LocalDate) throws -> DayCommitments {
        try writer.read { db in try Self.commitments(db, on: date) }
    }

    static func commitments(_ db: Database, on date: LocalDate) throws -> DayCommitments {
        let rows = try CommitmentRecord.filter(CommitmentRecord.Columns.date == date.description)
            .order(CommitmentRecord.Columns.technicianId, CommitmentRecord.Columns.sequence).fetchAll(db)
        return DayCommitments(date: date, routes: Dictionary(grouping: rows, by: \.technicianId).mapValues { $0.map(\.jobId) })
    }

    /// Replaces `commitments.date`'s ledger. A job is committed on one date only, so its rows on
    /// any other date go.
    static func replaceCommitments(_ db: Database, with commitments: DayCommitments) throws {
        let jobs = Array(commitments.jobIDs)
        try CommitmentRecord.filter(CommitmentRecord.Columns.date == commitments.date.description).deleteAll(db)
        try db.execute(sql: "DELETE FROM commitment WHERE job_id IN (\(databaseQuestionMarks(count: jobs.count)))",
                       arguments: StatementArguments(jobs))
        for (technician, route) in commitments.routes.sorted(by: { $0.key < $1.key }) {
            for (k, job) in route.enumerated() {
                var record = CommitmentRecord(date: commitments.date.description, technicianId: technician, sequence: k + 1, jobId: job)
                try record.insert(db)
            }
        }
    }
}
