import Foundation
import Punctual
import PunctualCore

/// One outbox row or inbox item as `punctual messages` prints it: instants in the business's local
/// ISO 8601, so a thread reads in order.
public struct MessageListing: Codable, Equatable, Sendable {
    /// `out` for an outbox row, `in` for an inbox item.
    public var direction: String
    public var id: Int64
    public var at: String
    public var jobID: String?
    public var kind: String
    public var channel: String
    /// Recipient of an outbox row, sender of an inbox item.
    public var party: String
    public var state: String
    public var attempts: Int?
    public var body: String
    public var note: String?

    public init(_ message: Message, calendar: BusinessCalendar) {
        direction = "out"
        id = message.id
        at = calendar.iso8601(message.sentAt ?? message.createdAt)
        jobID = message.jobID
        kind = message.kind.rawValue
        channel = message.channel.rawValue
        party = message.recipient
        state = message.state.rawValue
        attempts = message.attempts
        body = message.body
        note = message.lastError ?? (message.state == .queued ? "due \(calendar.iso8601(message.nextAttemptAt))" : nil)
    }

    public init(_ item: InboxItem, calendar: BusinessCalendar) {
        direction = "in"
        id = item.id
        at = calendar.iso8601(item.receivedAt)
        jobID = item.jobID
        kind = item.source == .sms ? "reply" : "flag"
        channel = item.source.rawValue
        party = item.sender
        state = item.handled ? "handled" : "open"
        attempts = nil
        body = item.body
        note = item.action
    }
}
