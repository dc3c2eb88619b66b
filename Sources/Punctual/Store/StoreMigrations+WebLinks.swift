import GRDB

extension StoreMigrations {
    /// `v11-web-links`: the customer's tracking link of each job, and the one-time sign-in links
    /// that put a session on a technician's phone or the dispatcher's browser.
    static func createWebLinks(_ db: Database) throws {
        // A tracking token opens one job's page only; it is kept as it is (it goes into every
        // message about the job), and it is only as secret as the messages that carry it.
        try db.create(table: "tracking_link") { t in
            t.column("token", .text).primaryKey()
            t.column("job_id", .text).notNull().unique().references("job", onDelete: .cascade)
            t.column("created_at", .datetime).notNull()
        }
        // A sign-in link is kept by its digest, like an access token, and spent once.
        try db.create(table: "sign_in_link") { t in
            t.column("code_hash", .text).primaryKey()
            t.column("role", .text).notNull()
            t.column("technician_id", .text).references("technician", onDelete: .cascade)
            t.column("created_at", .datetime).notNull()
            t.column("expires_at", .datetime).notNull()
            t.column("used_at", .datetime)
        }
    }
}
