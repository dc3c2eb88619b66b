import GRDB
import PunctualCore

extension StoreMigrations {
    /// `v6-commitments`: the promise ledger, one row per committed visit of a date (technician and
    /// position), written with each promise and each published plan.
    static func createCommitments(_ db: Database) throws {
        try db.create(table: "commitment") { t in
            t.column("date", .text).notNull()
            t.column("technician_id", .text).notNull()
            t.column("sequence", .integer).notNull().check { $0 >= 1 }
            t.column("job_id", .text).notNull()
            t.primaryKey(["date", "job_id"])
            t.uniqueKey(["date", "technician_id", "sequence"])
        }
    }
}
