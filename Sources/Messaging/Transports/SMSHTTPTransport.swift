import Curl
import Foundation
import Punctual
import PunctualCore

/// SMS through a Twilio-compatible REST API: a form-encoded POST to
/// `{base}/2010-04-01/Accounts/{sid}/Messages.json` with basic auth, answered by the message's `sid`.
///
/// The idempotency key goes along as `I-Twilio-Idempotency-Token` and `Idempotency-Key`, so a provider
/// that honours either answers a retried request with the message it already accepted. One that
/// honours neither (Twilio's Messages API itself does not promise to) may deliver twice if a worker
/// dies between the provider's acceptance and the outbox's record of it: delivery is at least once.
public struct SMSHTTPTransport: Transport {
    public struct Configuration: Sendable, Equatable {
        public var baseURL: URL
        public var accountSID: String
        public var authToken: String
        public var from: String
        /// Where the provider posts delivery receipts, if anywhere.
        public var statusCallback: URL?
        public var timeouts: CurlTimeouts

        public init(baseURL: URL, accountSID: String, authToken: String, from: String, statusCallback: URL?,
                    timeouts: CurlTimeouts) {
            self.baseURL = baseURL
            self.accountSID = accountSID
            self.authToken = authToken
            self.from = from
            self.statusCallback = statusCallback
            self.timeouts = timeouts
        }

        /// The settings' configuration, or nil when the account, token or sender is not set.
        public init?(settings: Settings) throws(MessagingConfigurationError) {
            let sid = settings.text(.smsAccountSID), token = settings.text(.smsAuthToken), from = settings.text(.smsFrom)
            guard !sid.isEmpty, !token.isEmpty, !from.isEmpty else { return nil }
            guard let base = URL(string: settings.text(.smsBaseURL)) else {
                throw .invalidURL(key: SettingKey.smsBaseURL.rawValue, value: settings.text(.smsBaseURL))
            }
            let callback = settings.text(.smsWebhookURL)
            self.init(baseURL: base, accountSID: sid, authToken: token, from: from,
                      statusCallback: callback.isEmpty ? nil : URL(string: callback),
                      timeouts: CurlTimeouts(total: .milliseconds(Int(settings.number(.smsTimeoutSeconds) * 1000))))
        }
    }

    public var configuration: Configuration
    public var client: CurlHTTPClient

    public init(configuration: Configuration, client: CurlHTTPClient = CurlHTTPClient()) {
        self.configuration = configuration
        self.client = client
    }

    public func send(_ message: Message, calendar: CalendarEvent?) throws(TransportError) -> TransportReceipt {
        let url = configuration.baseURL.appendingPathComponent("2010-04-01/Accounts/\(configuration.accountSID)/Messages.json")
        var fields = [("To", message.recipient), ("From", configuration.from), ("Body", message.body)]
        if let callback = configuration.statusCallback { fields.append(("StatusCallback", callback.absoluteString)) }
        let request = CurlHTTPClient.Request(
            method: .post, url: url,
            headers: [.init(name: "Content-Type", value: "application/x-www-form-urlencoded"),
                      .init(name: "Accept", value: "application/json"),
                      .init(name: "I-Twilio-Idempotency-Token", value: message.idempotencyKey),
                      .init(name: "Idempotency-Key", value: message.idempotencyKey)],
            body: Data(FormEncoding.encode(fields).utf8),
            basicAuth: CurlCredentials(user: configuration.accountSID, password: configuration.authToken),
            timeouts: configuration.timeouts)
        let response: CurlHTTPClient.Response
        do {
            response = try client.perform(request)
        } catch {
            switch error.kind {
            case .invalidURL, .unsupportedProtocol: throw .permanent(error.description)
            // Asked, and no answer: the provider may have taken the text.
            case .timedOut, .connectionLost: throw .unknown(error.description)
            default: throw .transient(error.description)
            }
        }
        let json = (try? JSONSerialization.jsonObject(with: response.body)) as? [String: Any]
        let detail = (json?["message"] as? String) ?? String(decoding: response.body.prefix(200), as: UTF8.self)
        switch response.status {
        case 200..<300:
            guard let sid = json?["sid"] as? String, !sid.isEmpty else {
                throw .transient("the SMS provider answered \(response.status) without a message sid")
            }
            if let status = json?["status"] as? String, status == "failed" || status == "undelivered" {
                throw .bounced("the SMS provider reports \(status) for \(message.recipient)")
            }
            return TransportReceipt(providerID: sid)
        case 408, 429, 500..<600:
            throw .transient("the SMS provider answered \(response.status): \(detail)")
        default:
            // Twilio's 21211 (invalid 'To') and 21614 (not a mobile number) say the number itself is bad.
            let code = json?["code"] as? Int
            if code == 21211 || code == 21614 || code == 21610 {
                throw .bounced("the SMS provider refused \(message.recipient) (\(code!)): \(detail)")
            }
            throw .permanent("the SMS provider answered \(response.status): \(detail)")
        }
    }
}
