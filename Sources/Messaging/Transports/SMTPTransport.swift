import Curl
import Foundation
import Punctual
import PunctualCore

/// Email through an SMTP server with libcurl: STARTTLS required on `smtp://` unless turned off for a
/// loopback relay, implicit TLS on `smtps://`, an optional login.
///
/// The provider id is the message's `Message-ID`, made from the idempotency key: SMTP has no way to
/// refuse a repeat, so a send repeated after a crash arrives twice, but with the same `Message-ID`,
/// which mail clients use to show it once. A recipient the server refuses during the conversation is
/// a bounce; bounces that arrive later by mail are not read.
public struct SMTPTransport: Transport {
    public struct Configuration: Sendable {
        public var server: CurlSMTPClient.Server
        public var from: String
        public var senderName: String

        public init(server: CurlSMTPClient.Server, from: String, senderName: String) {
            self.server = server
            self.from = from
            self.senderName = senderName
        }

        /// The settings' configuration, or nil when no server or sender is set.
        public init?(settings: Settings, senderName: String = "") throws(MessagingConfigurationError) {
            let text = settings.text(.smtpURL), from = settings.text(.smtpFrom)
            guard !text.isEmpty, !from.isEmpty else { return nil }
            guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "smtp" || scheme == "smtps" else {
                throw .invalidURL(key: SettingKey.smtpURL.rawValue, value: text)
            }
            let security: CurlSMTPClient.Server.Security = scheme == "smtps" ? .implicitTLS
                : settings.text(.smtpStartTLS) == "true" ? .startTLS : .none
            let user = settings.text(.smtpUsername)
            let credentials = user.isEmpty ? nil : CurlCredentials(user: user, password: settings.text(.smtpPassword))
            self.init(server: .init(url: url, security: security, credentials: credentials), from: from, senderName: senderName)
        }
    }

    public var configuration: Configuration
    public var client: CurlSMTPClient

    public init(configuration: Configuration, client: CurlSMTPClient = CurlSMTPClient()) {
        self.configuration = configuration
        self.client = client
    }

    public func send(_ message: Message, calendar: CalendarEvent?) throws(TransportError) -> TransportReceipt {
        let messageID = "<\(message.idempotencyKey.replacingOccurrences(of: ":", with: "."))@punctual>"
        let email = EmailComposer.compose(
            from: configuration.from, fromName: configuration.senderName, to: message.recipient,
            subject: message.subject ?? message.kind.title, body: message.body, calendar: calendar,
            messageID: messageID, date: Date())
        do {
            try client.send(Data(email.text.utf8),
                            envelope: .init(from: configuration.from, recipients: [message.recipient]),
                            via: configuration.server)
        } catch {
            // curl reports a refused recipient as a send error quoting the reply: a 5xx reply to
            // RCPT TO means the mailbox does not exist or will not take mail.
            if error.message.contains("RCPT") && ["550", "551", "553"].contains(where: error.message.contains) {
                throw .bounced(error.description)
            }
            switch error.kind {
            case .couldNotConnect, .couldNotResolveHost, .timedOut, .connectionLost:
                throw .transient(error.description)
            default:
                throw .permanent(error.description)
            }
        }
        return TransportReceipt(providerID: messageID, attachment: email.calendar)
    }
}
