import Foundation

/// A message the policy wants sent, before it becomes an outbox row.
public struct OutgoingMessage: Sendable, Hashable {
    public var kind: MessageKind
    public var jobID: String?
    public var customerID: Int64
    public var channel: MessageChannel
    /// An E.164 phone number or an email address.
    public var recipient: String
    /// The email subject; nil for SMS.
    public var subject: String?
    public var body: String
    /// The promised or predicted window the message announces, if any.
    public var window: DateInterval?
    /// For emails carrying a calendar entry: the entry's RFC 5545 SEQUENCE (0 for the first version).
    public var calendarSequence: Int?
    /// `job:kind:version:channel`: the outbox refuses a second row with the same key, so the same
    /// notice is never sent twice however often the policy is asked.
    public var idempotencyKey: String
    /// Not sent before this instant (quiet hours, the follow-up's delay).
    public var notBefore: Date
    /// What the message asserts, for programs reading the thread.
    public var facts: MessageFacts

    public init(kind: MessageKind, jobID: String?, customerID: Int64, channel: MessageChannel, recipient: String,
                subject: String?, body: String, window: DateInterval? = nil, calendarSequence: Int? = nil,
                idempotencyKey: String, notBefore: Date, facts: MessageFacts = MessageFacts()) {
        self.kind = kind
        self.jobID = jobID
        self.customerID = customerID
        self.channel = channel
        self.recipient = recipient
        self.subject = subject
        self.body = body
        self.window = window
        self.calendarSequence = calendarSequence
        self.idempotencyKey = idempotencyKey
        self.notBefore = notBefore
        self.facts = facts
    }
}
