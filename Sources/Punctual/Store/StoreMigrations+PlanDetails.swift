import GRDB
import PunctualCore

extension StoreMigrations {
    /// Settings overrides, and what a plan needs beyond its visits: route totals, breaks, parts
    /// checklists, broken promises with proposals, and how its travel times were obtained.
    static func addPlanDetails(_ db: Database) throws {
        try db.create(table: "setting") { t in
            t.primaryKey("key", .text)
            t.column("value", .text).notNull()
        }
        try db.alter(table: "plan") { t in
            t.add(column: "travel_source", .text).notNull().defaults(to: "great-circle")
            t.add(column: "warnings", .jsonText).notNull().defaults(to: "[]")
        }
        try db.alter(table: "plan_unassigned") { t in
            t.add(column: "broken_promise", .boolean).notNull().defaults(to: false)
            t.add(column: "proposal", .text)
        }
        try db.create(table: "plan_route") { t in
            t.column("plan_id", .integer).notNull().references("plan", onDelete: .cascade)
            t.column("technician_id", .text).notNull().references("technician")
            t.column("departure", .datetime).notNull()
            t.column("end", .datetime).notNull()
            t.column("travel_seconds", .integer).notNull()
            t.column("distance_metres", .integer).notNull()
            t.column("overtime_seconds", .integer).notNull()
            t.primaryKey(["plan_id", "technician_id"])
        }
        try db.create(table: "plan_break") { t in
            t.column("plan_id", .integer).notNull().references("plan", onDelete: .cascade)
            t.column("technician_id", .text).notNull().references("technician")
            t.column("start", .datetime).notNull()
            t.column("end", .datetime).notNull()
            t.primaryKey(["plan_id", "technician_id", "start"])
        }
        try db.create(table: "plan_checklist") { t in
            t.column("plan_id", .integer).notNull().references("plan", onDelete: .cascade)
            t.column("technician_id", .text).notNull().references("technician")
            t.column("part_id", .text).notNull().references("part")
            t.column("needed", .integer).notNull()
            t.column("in_van", .integer).notNull()
            t.column("load", .integer).notNull()
            t.primaryKey(["plan_id", "technician_id", "part_id"])
        }
    }
}
