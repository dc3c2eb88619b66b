import Curl
import Foundation
import PunctualTestSupport
import Testing
@testable import Messaging
@testable import Punctual
@testable import PunctualCore

/// SMS over HTTP against a Twilio-compatible provider on loopback that can be down, slow or failing:
/// nothing is lost, nothing is sent twice, failures fall back to email and reach the dispatcher.
@Suite struct SMSProviderTests {
    typealias F = MessagingFixtures

    static func transport(_ base: URL, timeout: Duration = Self.patient) -> SMSHTTPTransport {
        SMSHTTPTransport(configuration: .init(
            baseURL: base, accountSID: FakeSMSProvider.accountSID, authToken: FakeSMSProvider.authToken,
            from: "+14065550000", statusCallback: URL(string: "https://punctual.example.com/v1/webhooks/sms"),
            timeouts: CurlTimeouts(connect: min(timeout, .seconds(5)), total: timeout)))
    }

    /// Long enough that a loaded machine (the suite runs tests side by side) never times out a
    /// provider that answers: only the test of a hung provider sets a short timeout.
    static let patient: Duration = .seconds(20)

    /// SMS through the provider at `base`; email to the console.
    static func worker(_ store: Store, _ base: URL, timeout: Duration = Self.patient) -> OutboxWorker {
        OutboxWorker(store: store, transports: TransportSet(sms: transport(base, timeout: timeout), email: ConsoleTransport(logger: F.logger)),
                     retry: F.retry, logger: F.logger)
    }

    /// A loopback URL where nothing listens any more: the provider is down.
    static func deadURL() async throws -> URL {
        try await FakeSMSProvider().run { $0 }
    }

    @Test func noLossAndNoDuplicateWhenTheProviderIsDownAndTheWorkerRestartsMidway() async throws {
        let store = try F.store()
        try store.enqueue(try F.drafts(store, 6), now: F.evening)
        let t0 = F.evening

        // The provider is down: every attempt fails to connect and is put back with a backoff.
        let down = try await Self.deadURL()
        let first = try await blocking { try Self.worker(store, down).runPass(now: t0) }
        #expect(first.retried == 6 && first.sent == 0)
        #expect(try store.messages().allSatisfy { $0.state == .queued && $0.attempts == 1 && $0.lastError?.contains("connect") == true })

        // A worker claims three rows and dies before sending: they stay leased for 60 s.
        let abandoned = try store.claimDueMessages(now: t0.addingTimeInterval(1), limit: 3, lease: F.retry.lease)
        #expect(abandoned.count == 3)

        let provider = FakeSMSProvider()
        try await provider.run { base in
            // A new worker, with the provider back: the three free rows go now, the leased ones wait.
            let second = try await blocking { try Self.worker(store, base).runPass(now: t0.addingTimeInterval(2)) }
            #expect(second.sent == 3)
            #expect(try store.messages(state: .sending).map(\.id) == abandoned.map(\.id))
            // Once the dead worker's lease is over, its rows are sent too.
            let third = try await blocking { try Self.worker(store, base).runPass(now: t0.addingTimeInterval(62)) }
            #expect(third.sent == 3)
        }
        let messages = try store.messages()
        #expect(messages.allSatisfy { $0.state == .sent })
        #expect(provider.requests == 6, "one request per message: no duplicate")
        #expect(Set(provider.accepted.map(\.key)) == Set(messages.map(\.idempotencyKey)))
        #expect(Set(messages.compactMap(\.providerID)) == Set(provider.accepted.map(\.sid)))
        #expect(provider.accepted.allSatisfy { $0.from == "+14065550000" && $0.to == "+14065550130" })
        #expect(provider.accepted.first?.statusCallback == "https://punctual.example.com/v1/webhooks/sms")
    }

    /// The one edge of at-least-once: the provider accepted, then the worker died before recording
    /// it. The retry repeats the request with the same idempotency key, and the provider answers it
    /// with the message it already has: the customer gets one text.
    @Test func aCrashAfterTheProviderAcceptedIsAbsorbedByTheIdempotencyKey() async throws {
        let store = try F.store()
        try store.enqueue(try F.drafts(store, 1), now: F.evening)
        let provider = FakeSMSProvider()
        try await provider.run { base in
            let claimed = try store.claimDueMessages(now: F.evening, limit: 1, lease: 60)
            let receipt = try await blocking { try Self.transport(base).send(claimed[0], calendar: nil) }
            // … and here the worker dies. After the lease, another one takes over.
            let pass = try await blocking { try Self.worker(store, base).runPass(now: F.evening.addingTimeInterval(61)) }
            #expect(pass.sent == 1)
            #expect(try store.messages()[0].providerID == receipt.providerID)
        }
        #expect(provider.requests == 2)
        #expect(provider.accepted.count == 1)
    }

    @Test func aSlowProviderTimesOutAndTheMessageIsRetried() async throws {
        let store = try F.store()
        try store.enqueue(try F.drafts(store, 1), now: F.evening)
        let provider = FakeSMSProvider()
        provider.behaviour = .slow(.milliseconds(1500))
        try await provider.run { base in
            let first = try await blocking { try Self.worker(store, base, timeout: .milliseconds(300)).runPass(now: F.evening) }
            #expect(first.retried == 1)
            #expect(try store.messages()[0].lastError?.contains("timed out") == true)
            #expect(try store.messages()[0].nextAttemptAt == F.evening.addingTimeInterval(1))
            provider.behaviour = .accept
            let second = try await blocking { try Self.worker(store, base).runPass(now: F.evening.addingTimeInterval(1)) }
            #expect(second.sent == 1)
            try await Task.sleep(for: .milliseconds(1500))
        }
        #expect(provider.accepted.count == 1, "the slow request that finished late was the same message")
    }

    /// A slow SMS provider is asked at most four texts at a time (a lane each), several at once.
    @Test func textsGoOutFourAtATimeBesideTheEmails() async throws {
        let store = try F.store()
        try F.book(store, "J0001", F.window("09:00", "10:00"))  // a text and an email to Jenna
        try store.enqueue(try F.drafts(store, 9), now: F.evening)
        let provider = FakeSMSProvider()
        provider.behaviour = .slow(.milliseconds(600))
        let report = try await provider.run { base in
            try await blocking { try Self.worker(store, base).runPass(now: F.evening) }
        }
        #expect(report.sent == 11, "\(report.summary)")
        #expect((2...4).contains(provider.maxInFlight), "\(provider.maxInFlight) texts asked at once")
    }

    /// A provider that takes a text but never answers: the text is asked again with its key (not
    /// failed over to email, which would tell the customer twice) and reaches the provider once.
    @Test func aTextWhoseRequestGotNoAnswerIsAskedAgainWithItsKeyNotSentAnotherWay() async throws {
        let store = try F.store()
        try F.book(store, "J0001", F.window("09:00", "10:00"))
        try store.enqueue(try F.drafts(store, 5), now: F.evening)
        let provider = FakeSMSProvider()
        provider.behaviour = .slow(.seconds(2))
        try await provider.run { base in
            let first = try await blocking { try Self.worker(store, base, timeout: .milliseconds(300)).runPass(now: F.evening) }
            #expect(first.sent == 1 && first.retried == 6 && first.failed == 0, "\(first.summary)")
            #expect(try store.messages().filter { $0.channel == .sms }.allSatisfy { $0.lastError?.hasPrefix("outcome unknown") == true })
            // The provider finishes what it was asked (however loaded the machine), then answers at once.
            for _ in 0..<300 where provider.inFlight > 0 { try await Task.sleep(for: .milliseconds(100)) }
            provider.behaviour = .accept
            let second = try await blocking { try Self.worker(store, base).runPass(now: F.evening.addingTimeInterval(5)) }
            #expect(second.sent == 6, "\(second.summary)")
        }
        #expect(provider.accepted.count == 6, "each text once, though asked twice")
        #expect(try store.messages().filter { $0.channel == .email }.count == 1, "no text fell back to email")
        #expect(try store.inbox().isEmpty)
    }

    @Test func aTextNeverAnsweredIsUnconfirmedFlaggedAndNotSentAnotherWay() async throws {
        let store = try F.store()
        try F.book(store, "J0002", F.window("11:00", "12:00"))  // Wyatt takes texts, and has an email for a fallback
        let provider = FakeSMSProvider()
        provider.behaviour = .slow(.seconds(2))
        try await provider.run { base in
            for attempt in 0..<5 {
                let now = F.evening.addingTimeInterval(Double(attempt) * 20)
                _ = try await blocking { try Self.worker(store, base, timeout: .milliseconds(200)).runPass(now: now) }
            }
            try await Task.sleep(for: .milliseconds(2200))
        }
        let rows = try store.messages(jobID: "J0002")
        #expect(rows.map(\.channel) == [.sms], "no fallback email, though Wyatt has an address")
        #expect(rows[0].state == .unconfirmed && rows[0].lastError?.hasPrefix("no answer in 5 attempts") == true)
        let flag = try #require(try store.inbox().first)
        #expect(flag.body.contains("may or may not have gone out") && flag.jobID == "J0002")
        #expect(provider.accepted.count == 1, "the provider took it once, however often it was asked")
    }

    @Test func aFailingProviderIsRetriedWithBackoffThenGivenUpFlaggedAndTheEmailGoesInstead() async throws {
        let store = try F.store()
        try F.book(store, "J0002", F.window("11:00", "12:00"))
        let provider = FakeSMSProvider()
        provider.behaviour = .fail(status: 500, code: 30001)
        try await provider.run { base in
            var now = F.evening
            var dueTimes: [Date] = []
            for _ in 1...5 {
                let passTime = now
                _ = try await blocking { try Self.worker(store, base).runPass(now: passTime) }
                let sms = try store.messages(jobID: "J0002")[0]
                dueTimes.append(sms.nextAttemptAt)
                now = now.addingTimeInterval(10)
            }
            // 1, 2, 4, 8 seconds after each attempt; the fifth attempt gives up.
            #expect(zip(dueTimes.prefix(4), [1.0, 2, 4, 8]).enumerated().allSatisfy { index, pair in
                pair.0 == F.evening.addingTimeInterval(Double(index) * 10 + pair.1)
            })
        }
        #expect(provider.requests == 5)
        let rows = try store.messages(jobID: "J0002")
        #expect(rows.map(\.channel) == [.sms, .email])
        #expect(rows[0].state == .failed && rows[0].attempts == 5 && rows[0].lastError?.hasPrefix("gave up after 5 attempts") == true)
        #expect(rows[1].recipient == "wyatt@example.com" && rows[1].body == rows[0].body && rows[1].state == .sent)
        let flag = try #require(try store.inbox().first)
        #expect(flag.source == .system && flag.jobID == "J0002" && !flag.handled)
        #expect(flag.body.contains("was failed") && flag.body.contains("Sent again by email to wyatt@example.com"))
    }

    @Test func aNumberTheProviderRefusesBouncesAtOnceAndFallsBack() async throws {
        let store = try F.store()
        try F.book(store, "J0002", F.window("11:00", "12:00"))
        let provider = FakeSMSProvider()
        provider.behaviour = .fail(status: 400, code: 21211)
        try await provider.run { base in
            let pass = try await blocking { try Self.worker(store, base).runPass(now: F.evening) }
            #expect(pass.failed == 1 && pass.retried == 0)
        }
        let rows = try store.messages(jobID: "J0002")
        #expect(rows.map(\.state) == [.bounced, .sent] && rows[1].channel == .email, "the fallback email goes in the same pass")
        #expect(try store.inbox().count == 1)
    }

    @Test func aBounceIsFlaggedEvenWhenTheOtherChannelAlreadyHasTheMessage() async throws {
        let store = try F.store()
        try F.book(store, "J0001", F.window("09:00", "10:00"))
        let provider = FakeSMSProvider()
        provider.behaviour = .fail(status: 400, code: 21211)
        _ = try await provider.run { base in
            try await blocking { try Self.worker(store, base).runPass(now: F.evening) }
        }
        let rows = try store.messages(jobID: "J0001")
        #expect(rows.map(\.state) == [.bounced, .sent], "the email Jenna chose went; no second email is queued")
        let flag = try #require(try store.inbox().first)
        #expect(flag.body.contains("The customer gets it by email too"))
    }

    @Test func deliveryReceiptsUpdateTheOutboxAndAnUndeliveredTextFallsBack() async throws {
        let store = try F.store()
        try F.book(store, "J0002", F.window("11:00", "12:00"))
        try store.enqueue(try F.drafts(store, 1), now: F.evening)
        let provider = FakeSMSProvider()
        try await provider.run { base in
            let pass = try await blocking { try Self.worker(store, base).runPass(now: F.evening) }
            #expect(pass.sent == 2)
        }
        let webhook = SMSWebhook(store: store)
        // By message, not by arrival: the two texts went out side by side.
        let sids = try store.messages().compactMap(\.providerID)
        #expect(Set(sids) == Set(provider.accepted.map(\.sid)))
        #expect(try webhook.receive([("MessageSid", sids[0]), ("MessageStatus", "sent")], now: F.evening) == .receipt(messageID: nil, state: nil))
        #expect(try webhook.receive([("MessageSid", sids[0]), ("MessageStatus", "delivered")], now: F.evening)
            == .receipt(messageID: 1, state: .delivered))
        #expect(try webhook.receive([("MessageSid", sids[1]), ("MessageStatus", "undelivered"), ("ErrorCode", "30003")], now: F.evening)
            == .receipt(messageID: 2, state: .bounced))
        let rows = try store.messages()
        #expect(rows[0].state == .delivered && rows[0].deliveredAt == F.evening)
        #expect(rows[1].lastError == "provider error 30003")
        #expect(rows.last?.channel == .email && rows.last?.body == "Message 1")
        #expect(try store.inbox().map(\.jobID) == ["J0002"])
    }

    @Test func liveSettingsBuildTheTransports() throws {
        let store = try F.store()
        #expect(try OutboxWorker.fromSettings(store: store, logger: F.logger).transports.sms is ConsoleTransport)
        try store.setSetting(.messagesTransport, to: "live")
        let unconfigured = try OutboxWorker.fromSettings(store: store, logger: F.logger).transports
        #expect(unconfigured.sms is UnconfiguredTransport && unconfigured.email is UnconfiguredTransport)
        for (key, value) in [(SettingKey.smsAccountSID, "AC1"), (.smsAuthToken, "t"), (.smsFrom, "+14065550000"),
                             (.smsBaseURL, "http://127.0.0.1:9"), (.smtpURL, "smtp://127.0.0.1:2525"), (.smtpFrom, "d@example.com")] {
            try store.setSetting(key, to: value)
        }
        let live = try OutboxWorker.fromSettings(store: store, logger: F.logger).transports
        let sms = try #require(live.sms as? SMSHTTPTransport)
        #expect(sms.configuration.baseURL.absoluteString == "http://127.0.0.1:9" && sms.configuration.statusCallback == nil)
        let smtp = try #require(live.email as? SMTPTransport)
        #expect(smtp.configuration.server.security == .startTLS && smtp.configuration.senderName == "Test Home Services")
        #expect(throws: StoreError.self) { try store.setSetting(.smtpURL, to: "http://mail.example.com") }
        #expect(throws: StoreError.self) { try store.setSetting(.messagesTransport, to: "carrier-pigeon") }
    }
}
