import Foundation
import PunctualCore

/// What to do when a message fails or bounces: the same words by the customer's other channel,
/// when they have one and have not already been sent them there.
public enum FallbackPolicy {
    public static func fallback(for message: Message, customer: Customer, business: BusinessProfile,
                                now: Date) -> OutgoingMessage? {
        guard message.kind != .optOut else { return nil }
        let channel = message.channel.other
        let recipient: String? = channel == .sms ? customer.phone : customer.email
        guard let recipient, !recipient.isEmpty else { return nil }
        // Same base key as the customer's own row on that channel, if they chose both: never twice.
        let key = "\(Notifier.baseKey(message.idempotencyKey)):\(channel.rawValue)"
        return OutgoingMessage(kind: message.kind, jobID: message.jobID, customerID: message.customerID, channel: channel,
                               recipient: recipient, subject: channel == .email ? "\(business.name): \(message.kind.title)" : nil,
                               body: message.body, window: message.window, calendarSequence: message.calendarSequence,
                               idempotencyKey: key, notBefore: now)
    }
}
