import GRDB
import PunctualCore

extension StoreMigrations {
    /// `v3-tracking`: what the field reports and what the tracker concludes from it.
    ///
    /// Access tokens are kept only as SHA-256 digests. Fixes are keyed by (technician, at) so a
    /// retried or duplicated batch changes nothing. Visit events keep the technician's
    /// `Idempotency-Key`; outcomes put what happened beside what was planned and predicted; forecasts
    /// hold the latest arrival estimate per visit (and whether it was already declared at risk, so
    /// the warning is raised once); domain events are the tracker's output for messaging, consumed
    /// in id order.
    static func createTrackingSchema(_ db: Database) throws {
        try db.create(table: "access_token") { t in
            t.primaryKey("token_hash", .text)
            t.column("role", .text).notNull()
            t.column("technician_id", .text).references("technician", onDelete: .cascade).indexed()
            t.column("created_at", .datetime).notNull()
        }
        try db.create(table: "position_fix") { t in
            t.column("technician_id", .text).notNull().references("technician", onDelete: .cascade)
            t.column("at", .datetime).notNull()
            t.column("lat", .double).notNull()
            t.column("lon", .double).notNull()
            t.column("accuracy_m", .double)
            t.column("speed_mps", .double)
            t.column("heading", .double)
            t.column("received_at", .datetime).notNull()
            t.primaryKey(["technician_id", "at"])
        }
        try db.create(table: "visit_event") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("job_id", .text).notNull().references("job", onDelete: .cascade).indexed()
            t.column("technician_id", .text).notNull().references("technician", onDelete: .cascade)
            t.column("kind", .text).notNull()
            t.column("at", .datetime).notNull()
            t.column("status_after", .text).notNull()
            t.column("parts_used", .jsonText)
            t.column("notes", .text)
            t.column("reason", .text)
            t.column("idempotency_key", .text)
            t.uniqueKey(["technician_id", "idempotency_key"])
        }
        try db.create(table: "visit_outcome") { t in
            t.primaryKey("job_id", .text).references("job", onDelete: .cascade)
            t.column("technician_id", .text).notNull().references("technician", onDelete: .cascade)
            t.column("planned_arrival", .datetime)
            t.column("predicted_arrival", .datetime)
            t.column("arrived_at", .datetime)
            t.column("started_at", .datetime)
            t.column("planned_end", .datetime)
            t.column("completed_at", .datetime)
        }
        try db.create(table: "visit_forecast") { t in
            t.primaryKey("job_id", .text).references("job", onDelete: .cascade)
            t.column("technician_id", .text).notNull().references("technician", onDelete: .cascade)
            t.column("computed_at", .datetime).notNull()
            t.column("median_arrival", .datetime).notNull()
            t.column("p90_arrival", .datetime).notNull()
            t.column("p_late", .double).notNull()
            t.column("at_risk", .boolean).notNull()
        }
        try db.create(table: "domain_event") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("kind", .text).notNull()
            t.column("job_id", .text).references("job", onDelete: .cascade)
            t.column("technician_id", .text).references("technician", onDelete: .cascade)
            t.column("at", .datetime).notNull()
            t.column("lead_seconds", .integer)
            t.column("p_late", .double)
            t.column("consumed_at", .datetime)
        }
        try db.create(index: "domain_event_unconsumed", on: "domain_event", columns: ["consumed_at", "id"])
    }
}
