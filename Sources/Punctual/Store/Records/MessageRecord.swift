import Foundation
import GRDB
import PunctualCore

struct MessageRecord: StoreRecord {
    static let databaseTableName = "message"
    var id: Int64?
    var kind: MessageKind
    var jobId: String?
    var customerId: Int64
    var channel: MessageChannel
    var recipient: String
    var subject: String?
    var body: String
    var windowStart: Date?
    var windowEnd: Date?
    var calendarSequence: Int?
    var attachment: String?
    var state: MessageState
    var attempts: Int
    var nextAttemptAt: Date
    var idempotencyKey: String
    var providerId: String?
    var lastError: String?
    var createdAt: Date
    var sentAt: Date?
    var deliveredAt: Date?
    /// `MessageFacts` as JSON.
    var facts: String?

    enum CodingKeys: String, CodingKey {
        case id, kind, jobId = "job_id", customerId = "customer_id", channel, recipient, subject, body,
            windowStart = "window_start", windowEnd = "window_end", calendarSequence = "calendar_sequence", attachment,
            state, attempts, nextAttemptAt = "next_attempt_at", idempotencyKey = "idempotency_key",
            providerId = "provider_id", lastError = "last_error", createdAt = "created_at", sentAt = "sent_at",
            deliveredAt = "delivered_at", facts
    }

    /// The columns the store's queries name, typed from the coding keys.
    enum Columns {
        static let attachment = Column(CodingKeys.attachment)
        static let attempts = Column(CodingKeys.attempts)
        static let channel = Column(CodingKeys.channel)
        static let customerId = Column(CodingKeys.customerId)
        static let deliveredAt = Column(CodingKeys.deliveredAt)
        static let id = Column(CodingKeys.id)
        static let idempotencyKey = Column(CodingKeys.idempotencyKey)
        static let jobId = Column(CodingKeys.jobId)
        static let kind = Column(CodingKeys.kind)
        static let lastError = Column(CodingKeys.lastError)
        static let nextAttemptAt = Column(CodingKeys.nextAttemptAt)
        static let providerId = Column(CodingKeys.providerId)
        static let sentAt = Column(CodingKeys.sentAt)
        static let state = Column(CodingKeys.state)
    }

    init(_ draft: OutgoingMessage, now: Date) {
        kind = draft.kind
        jobId = draft.jobID
        customerId = draft.customerID
        channel = draft.channel
        recipient = draft.recipient
        subject = draft.subject
        body = draft.body
        windowStart = draft.window?.start
        windowEnd = draft.window?.end
        calendarSequence = draft.calendarSequence
        state = .queued
        attempts = 0
        nextAttemptAt = max(draft.notBefore, now)
        idempotencyKey = draft.idempotencyKey
        createdAt = now
        facts = (try? JSONEncoder().encode(draft.facts)).flatMap { String(data: $0, encoding: .utf8) }
    }

    var message: Message {
        var window: DateInterval?
        if let windowStart, let windowEnd { window = DateInterval(start: windowStart, end: windowEnd) }
        return Message(id: id!, kind: kind, jobID: jobId, customerID: customerId, channel: channel, recipient: recipient,
                       subject: subject, body: body, window: window, calendarSequence: calendarSequence,
                       attachment: attachment, state: state, attempts: attempts, nextAttemptAt: nextAttemptAt,
                       idempotencyKey: idempotencyKey, providerID: providerId, lastError: lastError,
                       createdAt: createdAt, sentAt: sentAt, deliveredAt: deliveredAt,
                       facts: facts.flatMap { try? JSONDecoder().decode(MessageFacts.self, from: Data($0.utf8)) } ?? MessageFacts())
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
