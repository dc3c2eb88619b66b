import Foundation
import Punctual
import PunctualCore

/// What `POST /v1/webhooks/sms` does once the signature is checked: a delivery receipt
/// (`MessageSid` + `MessageStatus`) updates the outbox row; an inbound text (`From` + `Body`) goes to
/// the `ReplyHandler`, once per `MessageSid`: providers retry a webhook they think failed, and a
/// retried `HELP` must not be answered twice.
public struct SMSWebhook: Sendable {
    public enum Outcome: Equatable, Sendable {
        case receipt(messageID: Int64?, state: MessageState?)
        case inbound(InboxItem)
        case ignored(String)
    }

    public var store: Store
    public var replies: ReplyHandler

    public init(store: Store, replies: ReplyHandler? = nil) {
        self.store = store
        self.replies = replies ?? ReplyHandler(store: store)
    }

    /// The outbox state a provider's `MessageStatus` amounts to; nil for intermediate ones
    /// (`queued`, `sending`, `sent`) that change nothing.
    public static func state(ofProviderStatus status: String) -> MessageState? {
        switch status.lowercased() {
        case "delivered", "read": .delivered
        case "undelivered": .bounced
        case "failed": .failed
        default: nil
        }
    }

    public func receive(_ parameters: [(String, String)], now: Date) throws -> Outcome {
        let fields = Dictionary(parameters, uniquingKeysWith: { first, _ in first })
        let sid = fields["MessageSid"] ?? fields["SmsSid"]
        if let body = fields["Body"], let from = fields["From"] {
            return .inbound(try replies.handle(from: from, body: body, providerMessageID: sid?.isEmpty == false ? sid : nil, now: now))
        }
        if let sid, let status = fields["MessageStatus"] ?? fields["SmsStatus"] {
            guard let state = Self.state(ofProviderStatus: status) else { return .receipt(messageID: nil, state: nil) }
            let reason = fields["ErrorCode"].map { "provider error \($0)" } ?? "the provider reports \(status)"
            let message = try store.recordDeliveryStatus(providerID: sid, state: state, reason: reason, now: now)
            return .receipt(messageID: message?.id, state: message?.state)
        }
        return .ignored("neither an inbound text (From, Body) nor a status callback (MessageSid, MessageStatus)")
    }
}
