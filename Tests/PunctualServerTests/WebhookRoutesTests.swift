import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Messaging
import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualImport
@testable import PunctualServer

/// `POST /v1/webhooks/sms`: only requests signed with the account's token are believed.
@Suite struct WebhookRoutesTests {
    static let url = "https://punctual.example.com/v1/webhooks/sms"
    static let token = "test-token-42"
    /// Any fixed instant: nothing here depends on the day, and nothing reads the machine's clock.
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    static func store() throws -> Store {
        let store = try Store.inMemory()
        try store.saveProfile(BusinessProfile(name: "Test Co", timeZoneIdentifier: "America/Denver",
                                                depot: GeoPoint(latitude: 46.87, longitude: -114.02)))
        try Importer(store: store).run([.init(kind: .jobs, name: "jobs.csv", contents: """
            id,customer,phone,email,notify,address,lat,lon,type,duration_minutes,skills,parts,priority,date,window_start,window_end,available,notes
            J0001,Jenna Rivera,+14065550129,,sms,"1182 Scott St",46.88,-114.00,ac-repair,60,,,normal,2026-11-24,,,,
            """)])
        try store.setSetting(.smsAuthToken, to: token)
        try store.setSetting(.smsWebhookURL, to: url)
        return store
    }

    static func post(_ client: some TestClientProtocol, _ fields: [(String, String)], signature: String?,
                     check: @escaping @Sendable (TestResponse) throws -> Void) async throws {
        var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        if let signature { headers[HTTPField.Name(TwilioSignature.header)!] = signature }
        try await client.execute(uri: "/v1/webhooks/sms", method: .post, headers: headers,
                                 body: ByteBuffer(string: FormEncoding.encode(fields))) { try check($0) }
    }

    @Test func anUnsignedOrBadlySignedRequestIsRefusedAndChangesNothing() async throws {
        let store = try Self.store()
        let fields = [("From", "+14065550129"), ("Body", "STOP")]
        let wrongToken = TwilioSignature.signature(url: Self.url, parameters: fields, authToken: "guess")
        let otherBody = TwilioSignature.signature(url: Self.url, parameters: [("From", "+14065550129"), ("Body", "HELP")], authToken: Self.token)
        try await PunctualServer.application(services: APIServices(store: store, clock: .fixed(Self.now))).test(.router) { client in
            for signature in [nil, "", wrongToken, otherBody] {
                try await Self.post(client, fields, signature: signature) { response in
                    #expect(response.status == .forbidden)
                }
            }
        }
        #expect(try store.inbox(includeHandled: true).isEmpty)
        #expect(try !store.isOptedOut(customerID: store.customers()[0].id!))
    }

    @Test func aSignedInboundTextIsHandled() async throws {
        let store = try Self.store()
        let fields = [("MessageSid", "SM1"), ("From", "+14065550129"), ("To", "+14065550000"), ("Body", "STOP")]
        let signature = TwilioSignature.signature(url: Self.url, parameters: fields, authToken: Self.token)
        try await PunctualServer.application(services: APIServices(store: store, clock: .fixed(Self.now))).test(.router) { client in
            try await Self.post(client, fields, signature: signature) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("<Response></Response>"))
            }
        }
        #expect(try store.isOptedOut(customerID: store.customers()[0].id!))
        #expect(try store.inbox(includeHandled: true).map(\.action) == ["opted out"])
    }

    /// Providers retry a webhook they think failed: the same signed text, same `MessageSid`, comes
    /// again. It is answered once and stored once; another text (another id) is its own.
    @Test func aRetriedWebhookIsActedOnOnce() async throws {
        let store = try Self.store()
        @Sendable func text(_ sid: String, _ body: String) -> (fields: [(String, String)], signature: String) {
            let fields = [("MessageSid", sid), ("From", "+14065550129"), ("To", "+14065550000"), ("Body", body)]
            return (fields, TwilioSignature.signature(url: Self.url, parameters: fields, authToken: Self.token))
        }
        try await PunctualServer.application(services: APIServices(store: store, clock: .fixed(Self.now))).test(.router) { client in
            for (sid, body, times) in [("SM1", "HELP", 3), ("SM2", "HELP", 1), ("SM3", "STOP", 2)] {
                let posted = text(sid, body)
                for _ in 0..<times {
                    try await Self.post(client, posted.fields, signature: posted.signature) { response in
                        #expect(response.status == .ok, "a replay is acknowledged, so the provider stops retrying")
                    }
                }
            }
        }
        #expect(try store.inbox(includeHandled: true).map(\.body) == ["HELP", "HELP", "STOP"])
        #expect(try store.messages().map(\.kind) == [.help, .help, .optOut])
    }

    /// A text stored but never settled (the server stopped between the two) is handled when the
    /// provider retries it, and its answer is queued once.
    @Test func aTextStoredButNotActedOnIsHandledAtItsRetry() throws {
        let store = try Self.store()
        let customer = try store.customers()[0]
        let stored = try store.receiveInboxItem(source: .sms, customerID: customer.id, jobID: "J0001", sender: customer.phone, body: "HELP",
                                                providerMessageID: "SM5", action: nil, handled: false, now: Self.now)
        #expect(stored.isNew)
        let webhook = SMSWebhook(store: store)
        let fields = [("MessageSid", "SM5"), ("From", customer.phone), ("Body", "HELP")]
        for _ in 0..<2 { _ = try webhook.receive(fields, now: Self.now) }
        #expect(try store.inbox(includeHandled: true).map(\.id) == [stored.item.id])
        #expect(try store.inbox(includeHandled: true).first?.action != nil)
        #expect(try store.messages().map(\.kind) == [.help])
    }

    @Test func aSignedStatusCallbackUpdatesTheMessage() async throws {
        let store = try Self.store()
        let customer = try store.customers()[0]
        try store.enqueue([OutgoingMessage(kind: .reply, jobID: "J0001", customerID: customer.id!, channel: .sms,
                                           recipient: customer.phone, subject: nil, body: "Hi", idempotencyKey: "k:sms",
                                           notBefore: Self.now)], now: Self.now)
        let claimed = try store.claimDueMessages(now: Self.now, limit: 1, lease: 60)
        try store.recordSent(id: claimed[0].id, providerID: "SM77", attachment: nil, now: Self.now)
        let fields = [("MessageSid", "SM77"), ("MessageStatus", "delivered")]
        let signature = TwilioSignature.signature(url: Self.url, parameters: fields, authToken: Self.token)
        try await PunctualServer.application(services: APIServices(store: store, clock: .fixed(Self.now))).test(.router) { client in
            try await Self.post(client, fields, signature: signature) { response in
                #expect(response.status == .ok)
            }
        }
        #expect(try store.messages()[0].state == .delivered)
    }
}
