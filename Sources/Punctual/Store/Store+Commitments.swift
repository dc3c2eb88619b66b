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

extension Store {
    /// Takes `jobID` off `date`'s ledger (a cancelled job, a promise moved away), the rest kept in order.
    static func removeFromLedger(_ db: Database, jobID: String, on date: LocalDate) throws {
        var ledger = try commitments(db, on: date)
        guard ledger.jobIDs.contains(jobID) else { return }
        ledger = DayCommitments(date: date, routes: ledger.routes.mapValues { $0.filter { $0 != jobID } })
        try CommitmentRecord.filter(CommitmentRecord.Columns.date == date.description).deleteAll(db)
        try replaceCommitments(db, with: ledger)
    }
}

extension Store {
    /// The dates from `date` on whose ledger holds a visit of `technician`.
    public func ledgerDates(from date: LocalDate, technician: String) throws -> [LocalDate] {
        try writer.read { db in
            try String.fetchAll(db, CommitmentRecord.filter(CommitmentRecord.Columns.technicianId == technician
                && CommitmentRecord.Columns.date >= date.description).select(CommitmentRecord.Columns.date).distinct())
                .compactMap(LocalDate.init(parsing:)).sorted()
        }
    }
}
