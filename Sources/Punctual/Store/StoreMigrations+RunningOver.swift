import GRDB

extension StoreMigrations {
    /// `v9-running-over`: a technician's word on how much work is left ("about 40 more minutes").
    static func addRunningOver(_ db: Database) throws {
        try db.alter(table: "visit_event") { t in
            t.add(column: "minutes_left", .integer)
        }
    }
}
