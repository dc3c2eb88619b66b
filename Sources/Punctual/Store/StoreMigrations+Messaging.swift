import GRDB
import PunctualCore

extension StoreMigrations {
    /// The outbox, the dispatcher's inbox, opt-outs and pending rebook choices; and a version on each
    /// job's promise, which numbers confirmations and the calendar entry's SEQUENCE.
    static func createMessaging(_ db: Database) throws {
        try db.alter(table: "job") { t in
            t.add(column: "promise_version", .integer).notNull().defaults(to: 0)
        }
        try db.create(table: "message") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("kind", .text).notNull()
            t.column("job_id", .text).references("job").indexed()
            t.column("customer_id", .integer).notNull().references("customer")
            t.column("channel", .text).notNull()
            t.column("recipient", .text).notNull()
            t.column("subject", .text)
            t.column("body", .text).notNull()
            t.column("window_start", .datetime)
            t.column("window_end", .datetime)
            t.column("calendar_sequence", .integer)
            t.column("attachment", .text)
            t.column("state", .text).notNull()
            t.column("attempts", .integer).notNull().defaults(to: 0)
            t.column("next_attempt_at", .datetime).notNull()
            t.column("idempotency_key", .text).notNull().unique()
            t.column("provider_id", .text).indexed()
            t.column("last_error", .text)
            t.column("created_at", .datetime).notNull()
            t.column("sent_at", .datetime)
            t.column("delivered_at", .datetime)
        }
        try db.create(index: "message_due", on: "message", columns: ["state", "next_attempt_at"])
        try db.create(table: "inbox") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("source", .text).notNull()
            t.column("customer_id", .integer).references("customer")
            t.column("job_id", .text).references("job").indexed()
            t.column("sender", .text).notNull()
            t.column("body", .text).notNull()
            t.column("action", .text)
            t.column("handled", .boolean).notNull().defaults(to: false)
            t.column("received_at", .datetime).notNull()
        }
        try db.create(table: "customer_opt_out") { t in
            t.primaryKey("customer_id", .integer).references("customer", onDelete: .cascade)
            t.column("opted_out_at", .datetime).notNull()
        }
        try db.create(table: "rebook_choice") { t in
            t.column("customer_id", .integer).notNull().references("customer", onDelete: .cascade)
            t.column("number", .integer).notNull()
            t.column("job_id", .text).notNull().references("job")
            t.column("window_start", .datetime).notNull()
            t.column("window_end", .datetime).notNull()
            t.column("offered_at", .datetime).notNull()
            t.primaryKey(["customer_id", "number"])
        }
    }
}
