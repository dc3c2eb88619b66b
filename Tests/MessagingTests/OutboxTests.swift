import Foundation
import PunctualTestSupport
import Testing
@testable import Messaging
@testable import Punctual
@testable import PunctualCore
@testable import PunctualImport

/// The outbox: a booking and its confirmation land together, one row per chosen channel; each row
/// is sent once; claims are exclusive; retries back off.
@Suite struct OutboxTests {
    typealias F = MessagingFixtures

    @Test func aBookingQueuesItsConfirmationOnEveryChannelTheCustomerChose() throws {
        let store = try F.store()
        try F.book(store, "J0001", F.window("09:00", "10:00"))
        try F.book(store, "J0002", F.window("11:00", "12:00"))
        try F.book(store, "J0003", F.window("14:00", "15:00"))
        let both = try store.messages(jobID: "J0001")
        #expect(both.map(\.channel) == [.sms, .email])
        #expect(both.map(\.idempotencyKey) == ["J0001:confirmation:1:sms", "J0001:confirmation:1:email"])
        #expect(both.allSatisfy { $0.state == .queued && $0.kind == .confirmation && $0.calendarSequence == 0 })
        let sms = both[0]
        #expect(sms.recipient == "+14065550129")
        #expect(sms.body == "Test Home Services: Jenna, you're booked for Tuesday, November 24, arrival between 09:00 and 10:00. We'll let you know when your technician is on the way.")
        #expect(both[1].recipient == "jenna@example.net" && both[1].subject == "Test Home Services: Your appointment is booked")
        #expect(try store.messages(jobID: "J0002").map(\.channel) == [.sms], "Wyatt chose SMS, though he has an email")
        #expect(try store.messages(jobID: "J0003").map(\.channel) == [.email])
    }

    @Test func aRefusedBookingQueuesNothing() throws {
        let store = try F.store()
        #expect(throws: BookingError.self) {
            try F.book(store, "J0001", F.window("18:10", "18:40", on: "2026-11-23"))
        }
        #expect(try store.messages().isEmpty)
    }

    @Test func theConsoleSendsEachMessageOnceAndKeepsTheCalendarFile() throws {
        let store = try F.store()
        try F.book(store, "J0001", F.window("09:00", "10:00"))
        let worker = F.consoleWorker(store)
        #expect(try worker.runPass(now: F.evening).sent == 2)
        let sent = try store.messages(jobID: "J0001")
        #expect(sent.allSatisfy { $0.state == .sent && $0.attempts == 1 && $0.providerID == "console-\($0.id)" })
        let ics = try #require(sent[1].attachment)
        #expect(ics.contains("UID:job-J0001@punctual\r\nSEQUENCE:0\r\n"))
        #expect(sent[0].attachment == nil, "an SMS carries no calendar")
        #expect(try worker.runPass(now: F.evening.addingTimeInterval(60)).sent == 0)
        // Asking again for the same notice queues nothing: the key is taken.
        #expect(try store.enqueue([OutgoingMessage(kind: .confirmation, jobID: "J0001", customerID: sent[0].customerID,
                                                   channel: .sms, recipient: sent[0].recipient, subject: nil, body: "again",
                                                   idempotencyKey: sent[0].idempotencyKey, notBefore: F.evening)],
                                  now: F.evening).isEmpty)
    }

    @Test func aMovedWindowIsConfirmedAgainWithTheNextCalendarSequence() throws {
        let store = try F.store()
        try F.book(store, "J0003", F.window("09:00", "10:00"))
        try F.book(store, "J0003", F.window("13:00", "14:00"))
        let confirmations = try store.messages(jobID: "J0003")
        #expect(confirmations.map(\.idempotencyKey) == ["J0003:confirmation:1:email", "J0003:confirmation:2:email"])
        #expect(confirmations.map(\.calendarSequence) == [0, 1])
        #expect(confirmations[1].body.contains("between 13:00 and 14:00"))
    }

    @Test func retriesBackOffExponentiallyUpToTheCap() {
        let policy = RetryPolicy(base: 30, cap: 3600, maxAttempts: 10, lease: 120)
        #expect((1...9).map { policy.delay(afterAttempts: $0) } == [30, 60, 120, 240, 480, 960, 1920, 3600, 3600])
    }

    /// Two workers on one database file (two connections, as two processes would have) claim
    /// concurrently: every row is claimed exactly once.
    @Test func twoWorkersNeverClaimTheSameRow() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("punctual-claims-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("claims.sqlite").path
        let first = try Store.open(path: path, create: true)
        try first.saveProfile(F.settings)
        try Importer(store: first).run([.init(kind: .technicians, name: "t.csv", contents: F.technicians),
                                        .init(kind: .jobs, name: "j.csv", contents: F.jobs)])
        try first.enqueue(try F.drafts(first, 60), now: F.evening)
        let second = try Store.open(path: path)
        async let a = blocking { try Self.claimAll(first) }
        async let b = blocking { try Self.claimAll(second) }
        let (claimedA, claimedB) = try await (a, b)
        #expect(claimedA.count + claimedB.count == 60)
        #expect(Set(claimedA).isDisjoint(with: claimedB))
        #expect(Set(claimedA + claimedB) == Set(try first.messages().map(\.id)))
    }

    static func claimAll(_ store: Store) throws -> [Int64] {
        var ids: [Int64] = []
        while true {
            let claimed = try store.claimDueMessages(now: F.evening, limit: 3, lease: 60)
            if claimed.isEmpty { return ids }
            ids += claimed.map(\.id)
        }
    }
}
