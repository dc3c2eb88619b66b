import Curl
import Foundation
import PunctualTestSupport
import Testing

/// The SMTP client against a one-conversation server on loopback: the envelope, the login and the
/// message arrive intact; a server that cannot secure the line, or rejects a recipient, is an error.
@Suite struct CurlSMTPClientTests {
    let client = CurlSMTPClient()
    let envelope = CurlSMTPClient.Envelope(from: "dispatch@example.com", recipients: ["jenna@example.net", "ops@example.com"])
    /// A multipart message with a line that starts with a dot, which SMTP must stuff and unstuff.
    let message = Data("""
        From: Test Home Services <dispatch@example.com>\r
        To: Jenna Rivera <jenna@example.net>\r
        Subject: Your visit on Tuesday\r
        MIME-Version: 1.0\r
        Content-Type: multipart/mixed; boundary="b1"\r
        \r
        --b1\r
        Content-Type: text/plain; charset=utf-8\r
        \r
        Kim arrives between 09:00 and 10:00.\r
        .Gate code 4412.\r
        --b1--\r

        """.utf8)

    func server(_ fake: FakeSMTPServer, security: CurlSMTPClient.Server.Security = .none,
                credentials: CurlCredentials? = nil) -> CurlSMTPClient.Server {
        CurlSMTPClient.Server(url: URL(string: "smtp://127.0.0.1:\(fake.port)/punctual.test")!, security: security,
                              credentials: credentials, timeouts: CurlTimeouts(total: .seconds(5)))
    }

    @Test func theEnvelopeLoginAndMessageArriveIntact() async throws {
        let fake = try FakeSMTPServer()
        let server = server(fake, credentials: CurlCredentials(user: "apikey", password: "s3cr:t wörd"))
        try await blocking { [client, message, envelope] in try client.send(message, envelope: envelope, via: server) }
        let received = fake.received
        #expect(received.commands.first == "EHLO punctual.test")
        #expect(received.commands.contains("MAIL FROM:<dispatch@example.com>"))
        #expect(received.commands.filter { $0.hasPrefix("RCPT TO:") } == ["RCPT TO:<jenna@example.net>", "RCPT TO:<ops@example.com>"])
        #expect(received.login?.user == "apikey")
        #expect(received.login?.password == "s3cr:t wörd")
        #expect(received.message == message)
    }

    @Test func requiredSTARTTLSThatTheServerLacksIsATLSErrorNotAPlainSend() async throws {
        let fake = try FakeSMTPServer(offerStartTLS: false)
        let server = server(fake, security: .startTLS)
        let error = await #expect(throws: CurlError.self) {
            try await blocking { [client, message, envelope] in try client.send(message, envelope: envelope, via: server) }
        }
        #expect(error?.kind == .tls)
        #expect(fake.received.message == nil)
    }

    @Test func aRejectedRecipientIsNamedInTheError() async throws {
        let fake = try FakeSMTPServer(rejectedRecipient: "jenna@example.net")
        let single = CurlSMTPClient.Envelope(from: "dispatch@example.com", recipients: ["jenna@example.net"])
        let server = server(fake)
        let error = await #expect(throws: CurlError.self) {
            try await blocking { [client, message] in try client.send(message, envelope: single, via: server) }
        }
        #expect(error?.message.contains("550") == true)
        #expect(fake.received.message == nil)
    }
}
