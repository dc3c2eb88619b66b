import Foundation
import PunctualTestSupport
import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualImport

@Suite struct StoreTests {
    @Test func aNewFileIsMigratedInWALModeWithForeignKeys() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("new.sqlite").path
        let store = try Store.open(path: path, create: true)
        #expect(try store.appliedMigrations() == StoreMigrations.migrator.migrations)
        #expect(try store.journalMode() == "wal")
        #expect(try store.profile() == nil)
        // Reopening applies nothing new and keeps what was there.
        try store.saveProfile(Fixtures.settings)
        let reopened = try Store.open(path: path, concurrentReads: true)
        #expect(try reopened.profile() == Fixtures.settings)
        #expect(try reopened.appliedMigrations() == StoreMigrations.migrator.migrations)
        #expect(StoreMigrations.migrator.migrations.first == "v1-initial")
    }

    @Test func aMissingFileIsNotSilentlyCreated() {
        #expect(throws: StoreError.missingDatabase(path: "/nonexistent/punctual.sqlite")) {
            try Store.open(path: "/nonexistent/punctual.sqlite")
        }
    }

    @Test func foreignKeysAreEnforced() throws {
        let store = try Fixtures.store()
        var batch = ImportBatch()
        batch.stock = [.init(technicianID: "nobody", part: PartQuantity(part: "nothing", quantity: 1))]
        #expect(throws: (any Error).self) { try store.apply(batch) }
    }

    @Test func importDoesNotUndoWhatHappenedInTheField() throws {
        let store = try Fixtures.populatedStore()
        try store.writer.write { db in try db.execute(sql: "UPDATE job SET status = 'completed' WHERE id = 'J0002'") }
        try Importer(store: store).run([.init(kind: .jobs, name: "jobs.csv", contents: Fixtures.jobs)])
        #expect(try store.jobs().first { $0.id == "J0002" }?.status == .completed)
    }
}
