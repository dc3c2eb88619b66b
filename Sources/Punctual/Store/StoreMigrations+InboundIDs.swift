import GRDB

extension StoreMigrations {
    /// `v10-inbound-ids`: the provider's id of an inbound text, unique, so that a webhook the
    /// provider retries is recognised and acted on once.
    static func addInboundIDs(_ db: Database) throws {
        try db.alter(table: "inbox") { t in
            t.add(column: "provider_message_id", .text)
        }
        try db.create(index: "inbox_provider_message_id", on: "inbox", columns: ["provider_message_id"], unique: true)
    }
}
