import GRDB
import PunctualCore

extension StoreMigrations {
    /// `v8-desk`: what the dispatcher changes by hand. The audit trail (who, when, what, why) of
    /// every change; one day's changes to a technician's shift (absences, a different shift); the
    /// day a technician stops working; whether a promise was forced past the feasibility check; and
    /// which position fixes lie far outside the business's area.
    static func createDesk(_ db: Database) throws {
        try db.create(table: "audit") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("at", .datetime).notNull()
            t.column("actor", .text).notNull()
            t.column("action", .text).notNull()
            t.column("job_id", .text).indexed()
            t.column("technician_id", .text).indexed()
            t.column("detail", .text).notNull()
            t.column("reason", .text).notNull().defaults(to: "")
        }
        try db.create(table: "technician_day") { t in
            t.column("technician_id", .text).notNull().references("technician", onDelete: .cascade)
            t.column("date", .text).notNull()
            t.column("shift_start", .integer)
            t.column("shift_end", .integer)
            t.column("away_start", .integer)
            t.column("away_end", .integer)
            t.column("reason", .text).notNull().defaults(to: "")
            t.primaryKey(["technician_id", "date"])
        }
        try db.alter(table: "technician") { t in
            t.add(column: "inactive_from", .text)
        }
        try db.alter(table: "job") { t in
            t.add(column: "forced_promise", .boolean).notNull().defaults(to: false)
        }
        // A fix far outside the business's area is kept (for the record) but never taken as where
        // the technician is.
        try db.alter(table: "position_fix") { t in
            t.add(column: "outside_area", .boolean).notNull().defaults(to: false)
        }
    }
}
