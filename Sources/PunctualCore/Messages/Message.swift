import Foundation

/// One row of the outbox: a customer message and how its delivery is going.
public struct Message: Sendable, Hashable, Codable, Identifiable {
    public var id: Int64
    public var kind: MessageKind
    public var jobID: String?
    public var customerID: Int64
    public var channel: MessageChannel
    public var recipient: String
    public var subject: String?
    public var body: String
    public var window: DateInterval?
    public var calendarSequence: Int?
    /// The `.ics` text that went with the email, once composed.
    public var attachment: String?
    public var state: MessageState
    /// Delivery attempts started so far.
    public var attempts: Int
    /// When the row is next due: the retry time when queued, the lease's end while sending.
    public var nextAttemptAt: Date
    public var idempotencyKey: String
    /// The provider's id for the message (an SMS `sid`), which its status callbacks quote.
    public var providerID: String?
    public var lastError: String?
    public var createdAt: Date
    public var sentAt: Date?
    public var deliveredAt: Date?
    /// What the message asserts (promise, arrival, technician, choices, what it replaces).
    public var facts: MessageFacts

    public init(id: Int64, kind: MessageKind, jobID: String?, customerID: Int64, channel: MessageChannel,
                recipient: String, subject: String?, body: String, window: DateInterval?, calendarSequence: Int?,
                attachment: String?, state: MessageState, attempts: Int, nextAttemptAt: Date, idempotencyKey: String,
                providerID: String?, lastError: String?, createdAt: Date, sentAt: Date?, deliveredAt: Date?,
                facts: MessageFacts = MessageFacts()) {
        self.id = id
        self.kind = kind
        self.jobID = jobID
        self.customerID = customerID
        self.channel = channel
        self.recipient = recipient
        self.subject = subject
        self.body = body
        self.window = window
        self.calendarSequence = calendarSequence
        self.attachment = attachment
        self.state = state
        self.attempts = attempts
        self.nextAttemptAt = nextAttemptAt
        self.idempotencyKey = idempotencyKey
        self.providerID = providerID
        self.lastError = lastError
        self.createdAt = createdAt
        self.sentAt = sentAt
        self.deliveredAt = deliveredAt
        self.facts = facts
    }
}
