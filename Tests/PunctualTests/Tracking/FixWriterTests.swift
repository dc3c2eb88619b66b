import Foundation
import GRDB
import PunctualTestSupport
import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualImport

@Suite struct FixWriterTests {
    typealias F = TrackingFixtures

    @Test func concurrentCallersAreResumedOnlyOnceTheirFixesAreStored() async throws {
        let store = try Fixtures.populatedStore()
        let writer = FixWriter(store: store)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for caller in 0..<200 {
                group.addTask {
                    let fix = PositionFix(at: F.at(9).addingTimeInterval(Double(caller)), location: F.depot)
                    try await writer.record(technician: caller % 2 == 0 ? "T01" : "T02", fixes: [fix])
                    // Resumed: the fix must already be readable.
                    #expect(try store.fixes(technician: caller % 2 == 0 ? "T01" : "T02").contains(fix))
                }
            }
            try await group.waitForAll()
        }
        #expect(try store.fixCount() == 200)
        writer.close()
    }

    @Test func aBadCallerFailsAloneAndClosingStopsIntake() async throws {
        let store = try Fixtures.populatedStore()
        let writer = FixWriter(store: store)
        // An unknown technician breaks the foreign key: that caller hears of it, the others are stored.
        try await withThrowingTaskGroup(of: Bool.self) { group in
            for technician in ["T99", "T01", "T02"] {
                group.addTask {
                    do {
                        try await writer.record(technician: technician, fixes: [PositionFix(at: F.at(9), location: F.depot)])
                        return true
                    } catch {
                        return false
                    }
                }
            }
            var outcomes: [Bool] = []
            for try await stored in group { outcomes.append(stored) }
            #expect(outcomes.filter { $0 }.count == 2)
        }
        writer.close()
        await #expect(throws: FixWriterError.self) {
            try await writer.record(technician: "T01", fixes: [PositionFix(at: F.at(9), location: F.depot)])
        }
        #expect(try store.fixCount() == 2)
    }

    /// On a file store the log is copied back into the database beside the writer: soon after a
    /// burst of commits the database file holds them, and closing the writer stops the checkpointer.
    @Test func aFileStoreIsCheckpointedBesideTheWriter() async throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("fixes.sqlite").path
        let store = try Store.open(path: path, create: true, concurrentReads: true)
        try store.saveProfile(Fixtures.settings)
        try Importer(store: store).run(Fixtures.sources())
        let writer = FixWriter(store: store)
        for minute in 0..<120 {
            try await writer.record(technician: "T01", fixes: [PositionFix(at: F.at(9, minute % 60).addingTimeInterval(Double(minute / 60)), location: F.depot)])
        }
        // The database file alone (without its log) soon holds every fix: someone checkpointed,
        // and the writer's own automatic checkpoint would not have started below 10 000 pages.
        // Polled rather than slept for: on a loaded machine "soon" can take a while.
        var inFile: Int? = nil
        for attempt in 0..<100 where inFile != 120 {
            try await Task.sleep(for: .milliseconds(100))
            let copy = directory.appendingPathComponent("copy-\(attempt).sqlite").path
            try FileManager.default.copyItem(atPath: path, toPath: copy)
            inFile = try await DatabaseQueue(path: copy).read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM position_fix") }
        }
        #expect(inFile == 120)
        writer.close()
        #expect(try store.fixCount() == 120)
    }
}
