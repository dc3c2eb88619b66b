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
    /// What an outbox row asserts, in local ISO 8601: the promise it speaks of, the arrival it
    /// announces, the technician, the choices offered and the notice it replaces.
    public var facts: Facts?

    public struct Facts: Codable, Equatable, Sendable {
        public var promisedWindow: Range?
        public var arrival: Range?
        public var technician: String?
        public var choices: [Range]
        public var replaces: String?

        public struct Range: Codable, Equatable, Sendable {
            public var start: String
            public var end: String
        }

        init(_ facts: MessageFacts, calendar: BusinessCalendar) {
            let range = { (interval: DateInterval) in Range(start: calendar.iso8601(interval.start), end: calendar.iso8601(interval.end)) }
            promisedWindow = facts.promisedWindow.map(range)
            arrival = facts.arrival.map(range)
            technician = facts.technician
            choices = facts.choices.map(range)
            replaces = facts.replaces
        }
    }

    // `jobId` so that the snake_case strategies meet at `job_id` both ways.
    enum CodingKeys: String, CodingKey {
        case direction, id, at, jobID = "jobId", kind, channel, party, state, attempts, body, note, facts
    }

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
        facts = Facts(message.facts, calendar: calendar)
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
        facts = nil
    }
}
