import Foundation
import PunctualTestSupport
import Testing
@testable import Messaging
@testable import Punctual
@testable import PunctualCore

/// Email through a real SMTP server on loopback (aiosmtpd): the message parses, its `.ics` parses,
/// the calendar entry keeps its UID and raises its SEQUENCE when the window moves, and a refused
/// recipient bounces to SMS.
@Suite(.enabled(if: SMTPCatcher.isAvailable, "needs Debian's python3-aiosmtpd (apt-get install python3-aiosmtpd)"))
struct SMTPTests {
    typealias F = MessagingFixtures

    static func worker(_ store: Store, _ catcher: SMTPCatcher) throws -> OutboxWorker {
        try store.setSetting(.smtpURL, to: "smtp://127.0.0.1:\(catcher.port)")
        try store.setSetting(.smtpStartTLS, to: "false")
        try store.setSetting(.smtpFrom, to: "dispatch@example.com")
        guard let configuration = try SMTPTransport.Configuration(settings: store.settings(), senderName: "Test Home Services") else {
            throw MessagingConfigurationError.invalidURL(key: "smtp.url", value: "")
        }
        return OutboxWorker(store: store, transports: TransportSet(sms: ConsoleTransport(logger: F.logger),
                                                                    email: SMTPTransport(configuration: configuration)),
                            retry: F.retry, logger: F.logger)
    }

    @Test func aConfirmationArrivesWithACalendarEntryThatAMovedWindowUpdates() async throws {
        let catcher = try SMTPCatcher()
        defer { catcher.stop() }
        let store = try F.store()
        let worker = try Self.worker(store, catcher)
        try F.book(store, "J0003", F.window("09:00", "10:00"))
        #expect(try await blocking { try worker.runPass(now: F.evening) }.sent == 1)
        try F.book(store, "J0003", F.window("13:00", "14:00"))
        #expect(try await blocking { try worker.runPass(now: F.evening) }.sent == 1)

        let mails = try catcher.mails()
        try #require(mails.count == 2)
        #expect(mails[0].envelopeTo == ["ada@example.org"])
        #expect(mails[0].subject == "Test Home Services: Your appointment is booked")
        #expect(mails[0].text.contains("arrival between 09:00 and 10:00"))
        #expect(mails[0].eml.contains("Content-Type: multipart/mixed"))
        let firstText = try #require(mails[0].ics, "the first mail has no calendar part")
        let secondText = try #require(mails[1].ics, "the second mail has no calendar part")
        let first = try #require(ICSReader(firstText), "the first .ics does not parse")
        let second = try #require(ICSReader(secondText), "the second .ics does not parse")
        #expect(first["UID"] == "job-J0003@punctual" && second["UID"] == first["UID"])
        #expect(first["SEQUENCE"] == "0" && second["SEQUENCE"] == "1")
        #expect(first["DTSTART"] == "20261124T160000Z" && first["DTEND"] == "20261124T170000Z")
        #expect(second["DTSTART"] == "20261124T200000Z")
        #expect(first["LOCATION"] == "300 N Higgins Ave\\, Missoula\\, MT 59802")
        #expect(try store.messages(jobID: "J0003").allSatisfy { $0.state == .sent && $0.providerID?.hasPrefix("<J0003.confirmation.") == true })
    }

    @Test func aRecipientTheServerRefusesBouncesToSMSAndIsFlagged() async throws {
        let catcher = try SMTPCatcher()
        defer { catcher.stop() }
        let store = try F.store()
        let worker = try Self.worker(store, catcher)
        let jenna = try F.customer(store, of: "J0001")
        try store.enqueue([OutgoingMessage(kind: .done, jobID: "J0001", customerID: jenna.id!, channel: .email,
                                           recipient: "bounce-jenna@example.net", subject: "Done", body: "All done.",
                                           idempotencyKey: "J0001:done:1:email", notBefore: F.evening)], now: F.evening)
        let pass = try await blocking { try worker.runPass(now: F.evening) }
        #expect(pass.failed == 1)
        let rows = try store.messages(jobID: "J0001")
        #expect(rows.map(\.state) == [.bounced, .sent], "the fallback text goes in the same pass")
        #expect(rows[0].lastError?.contains("550") == true)
        #expect(rows[1].channel == .sms && rows[1].recipient == "+14065550129" && rows[1].body == "All done.")
        #expect(try store.inbox().first?.body.contains("was bounced") == true)
        #expect(try catcher.mails().isEmpty)
    }
}
