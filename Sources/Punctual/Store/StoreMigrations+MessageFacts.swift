import GRDB
import PunctualCore

extension StoreMigrations {
    /// `v7-message-facts`: what each outbox row asserts (`MessageFacts` as JSON), for thread checks.
    static func addMessageFacts(_ db: Database) throws {
        try db.alter(table: "message") { t in
            t.add(column: "facts", .text)
        }
    }
}
