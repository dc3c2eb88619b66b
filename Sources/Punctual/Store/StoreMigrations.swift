import GRDB
import PunctualCore

/// The store's schema, one named migration per shipped change.
///
/// A migration that has shipped is never edited: a later change adds a new one, so every database
/// in the field is brought forward by the same steps.
enum StoreMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-initial", migrate: createInitialSchema)
        migrator.registerMigration("v2-plan-details", migrate: addPlanDetails)
        migrator.registerMigration("v3-tracking", migrate: createTrackingSchema)
        migrator.registerMigration("v4-travel-cache", migrate: createTravelCache)
        migrator.registerMigration("v5-messaging", migrate: createMessaging)
        migrator.registerMigration("v6-commitments", migrate: createCommitments)
        migrator.registerMigration("v7-message-facts", migrate: addMessageFacts)
        migrator.registerMigration("v8-desk", migrate: createDesk)
        migrator.registerMigration("v9-running-over", migrate: addRunningOver)
        migrator.registerMigration("v10-inbound-ids", migrate: addInboundIDs)
        migrator.registerMigration("v11-web-links", migrate: createWebLinks)
        return migrator
    }

    private static func createInitialSchema(_ db: Database) throws {
        try db.create(table: "settings") { t in
            t.column("id", .integer).primaryKey().check { $0 == 1 }
            t.column("name", .text).notNull()
            t.column("time_zone", .text).notNull()
            t.column("depot_lat", .double).notNull()
            t.column("depot_lon", .double).notNull()
            t.column("depot_address", .text).notNull().defaults(to: "")
        }
        try db.create(table: "part") { t in
            t.primaryKey("id", .text)
            t.column("name", .text).notNull()
            t.column("unit_cost_cents", .integer)
        }
        try db.create(table: "technician") { t in
            t.primaryKey("id", .text)
            t.column("name", .text).notNull()
            t.column("phone", .text)
            t.column("email", .text)
            t.column("start_lat", .double).notNull()
            t.column("start_lon", .double).notNull()
            t.column("end_lat", .double).notNull()
            t.column("end_lon", .double).notNull()
            t.column("shift_start", .integer).notNull()
            t.column("shift_end", .integer).notNull()
            t.column("skills", .jsonText).notNull()
            t.column("break_minutes", .integer)
            t.column("break_earliest", .integer)
            t.column("break_latest", .integer)
        }
        try db.create(table: "van_stock") { t in
            t.column("technician_id", .text).notNull().references("technician", onDelete: .cascade)
            t.column("part_id", .text).notNull().references("part")
            t.column("quantity", .integer).notNull().check { $0 > 0 }
            t.primaryKey(["technician_id", "part_id"])
        }
        try db.create(table: "customer") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("name", .text).notNull()
            t.column("phone", .text).notNull().unique()
            t.column("email", .text)
            t.column("notify", .text).notNull()
        }
        try db.create(table: "job") { t in
            t.primaryKey("id", .text)
            t.column("customer_id", .integer).notNull().references("customer")
            t.column("address", .text).notNull()
            t.column("lat", .double).notNull()
            t.column("lon", .double).notNull()
            t.column("type", .text).notNull()
            t.column("duration_minutes", .integer).notNull()
            t.column("skills", .jsonText).notNull()
            t.column("priority", .text).notNull()
            t.column("date", .text).notNull().indexed()
            t.column("window_start", .datetime)
            t.column("window_end", .datetime)
            t.column("status", .text).notNull()
            t.column("notes", .text).notNull().defaults(to: "")
        }
        try db.create(table: "job_part") { t in
            t.column("job_id", .text).notNull().references("job", onDelete: .cascade)
            t.column("part_id", .text).notNull().references("part")
            t.column("quantity", .integer).notNull().check { $0 > 0 }
            t.primaryKey(["job_id", "part_id"])
        }
        try db.create(table: "job_availability") { t in
            t.column("job_id", .text).notNull().references("job", onDelete: .cascade).indexed()
            t.column("start", .datetime).notNull()
            t.column("end", .datetime).notNull()
        }
        try db.create(table: "plan") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("date", .text).notNull()
            t.column("version", .integer).notNull()
            t.column("state", .text).notNull()
            t.column("created_at", .datetime).notNull()
            t.column("cost", .double).notNull()
            t.uniqueKey(["date", "version"])
        }
        try db.create(table: "plan_visit") { t in
            t.column("plan_id", .integer).notNull().references("plan", onDelete: .cascade)
            t.column("technician_id", .text).notNull().references("technician")
            t.column("sequence", .integer).notNull()
            t.column("job_id", .text).notNull().references("job")
            t.column("planned_arrival", .datetime).notNull()
            t.column("planned_start", .datetime).notNull()
            t.column("planned_end", .datetime).notNull()
            t.primaryKey(["plan_id", "technician_id", "sequence"])
        }
        try db.create(table: "plan_unassigned") { t in
            t.column("plan_id", .integer).notNull().references("plan", onDelete: .cascade)
            t.column("job_id", .text).notNull().references("job")
            t.column("reason", .text).notNull()
            t.primaryKey(["plan_id", "job_id"])
        }
    }
}
