import Foundation
import GRDB
import PunctualCore

/// The outbox: every customer message is a row before anything is sent, and every change to its
/// delivery is a transaction on that row.
extension Store {
    /// Queues `drafts`, skipping any whose idempotency key is already in the outbox and, unless it
    /// is the opt-out confirmation, any for a customer who opted out. Returns the rows created.
    @discardableResult
    public func enqueue(_ drafts: [OutgoingMessage], now: Date) throws -> [Message] {
        try writer.write { db in try Self.enqueue(db, drafts, now: now) }
    }

    static func enqueue(_ db: Database, _ drafts: [OutgoingMessage], now: Date) throws -> [Message] {
        var created: [Message] = []
        for draft in drafts {
            if draft.kind != .optOut, try OptOutRecord.exists(db, key: draft.customerID) { continue }
            if try MessageRecord.filter(MessageRecord.Columns.idempotencyKey == draft.idempotencyKey).fetchCount(db) > 0 { continue }
            var record = MessageRecord(draft, now: now)
            try record.insert(db)
            created.append(record.message)
        }
        return created
    }

    /// Moves up to `limit` due rows to `sending` and returns them: queued rows whose time has come,
    /// and rows left in `sending` past their lease by a worker that died.
    ///
    /// Each row changes only if it is still as it was read (state, attempts), inside one write
    /// transaction, so two workers — even in two processes on one file — never claim the same row.
    public func claimDueMessages(now: Date, limit: Int, lease: TimeInterval) throws -> [Message] {
        try claimDueMessages(dueBy: now, limit: limit, leaseUntil: now.addingTimeInterval(lease))
    }

    /// Claims up to `limit` rows due by `dueBy` (only `channel`'s when given), each leased until `leaseUntil`.
    public func claimDueMessages(dueBy: Date, limit: Int, leaseUntil: Date, channel: MessageChannel? = nil) throws -> [Message] {
        try writer.write { db in
            var request = MessageRecord.all()
            if let channel { request = request.filter(MessageRecord.Columns.channel == channel.rawValue) }
            let due = try request
                .filter([MessageState.queued.rawValue, MessageState.sending.rawValue].contains(MessageRecord.Columns.state))
                .filter(MessageRecord.Columns.nextAttemptAt <= dueBy)
                .order(MessageRecord.Columns.nextAttemptAt, MessageRecord.Columns.id)
                .limit(limit)
                .fetchAll(db)
            var claimed: [Message] = []
            for var record in due {
                let changed = try MessageRecord
                    .filter(key: record.id)
                    .filter(MessageRecord.Columns.state == record.state.rawValue && MessageRecord.Columns.attempts == record.attempts)
                    .updateAll(db, [
                        MessageRecord.Columns.state.set(to: MessageState.sending.rawValue),
                        MessageRecord.Columns.attempts.set(to: record.attempts + 1),
                        MessageRecord.Columns.nextAttemptAt.set(to: leaseUntil),
                    ])
                guard changed == 1 else { continue }
                record.state = .sending
                record.attempts += 1
                record.nextAttemptAt = leaseUntil
                claimed.append(record.message)
            }
            return claimed
        }
    }

    /// Records that the provider accepted message `id`, under its own id `providerID`.
    public func recordSent(id: Int64, providerID: String, attachment: String?, now: Date) throws {
        try writer.write { db in
            _ = try MessageRecord.filter(key: id).filter(MessageRecord.Columns.state == MessageState.sending.rawValue).updateAll(db, [
                MessageRecord.Columns.state.set(to: MessageState.sent.rawValue),
                MessageRecord.Columns.providerId.set(to: providerID),
                MessageRecord.Columns.attachment.set(to: attachment),
                MessageRecord.Columns.lastError.set(to: nil),
                MessageRecord.Columns.sentAt.set(to: now),
            ])
        }
    }

    /// Puts message `id` back in the queue after a failed attempt, to be tried again at `retryAt`.
    public func recordRetry(id: Int64, error: String, retryAt: Date) throws {
        try writer.write { db in
            _ = try MessageRecord.filter(key: id).filter(MessageRecord.Columns.state == MessageState.sending.rawValue).updateAll(db, [
                MessageRecord.Columns.state.set(to: MessageState.queued.rawValue),
                MessageRecord.Columns.lastError.set(to: error),
                MessageRecord.Columns.nextAttemptAt.set(to: retryAt),
            ])
        }
    }

    /// Drops message `id` without sending it and without fallback: what it says no longer holds
    /// (a follow-up for a job no longer completed) or may not be said (an opted-out customer).
    public func withdrawMessage(id: Int64, reason: String) throws {
        try writer.write { db in
            _ = try MessageRecord.filter(key: id).filter(MessageRecord.Columns.state == MessageState.sending.rawValue).updateAll(db, [
                MessageRecord.Columns.state.set(to: MessageState.failed.rawValue),
                MessageRecord.Columns.lastError.set(to: "withdrawn: \(reason)"),
            ])
        }
    }

    /// Gives message `id` up as `state` (`failed` or `bounced`) in one transaction with what must
    /// follow: the dispatcher is told in the inbox and, when the customer has another channel, the
    /// same words are queued there. Returns the fallback rows queued.
    @discardableResult
    public func recordFailure(id: Int64, state: MessageState, reason: String, now: Date) throws -> [Message] {
        precondition(state.isFailure, "a failure is failed or bounced")
        return try writer.write { db in try Self.fail(db, id: id, state: state, reason: reason, now: now) }
    }

    static func fail(_ db: Database, id: Int64, state: MessageState, reason: String, now: Date) throws -> [Message] {
        guard let record = try MessageRecord.fetchOne(db, key: id), !record.state.isFailure else { return [] }
        try MessageRecord.filter(key: id).updateAll(db, [
            MessageRecord.Columns.state.set(to: state.rawValue),
            MessageRecord.Columns.lastError.set(to: reason),
        ])
        let message = record.message
        guard let customer = try CustomerRecord.fetchOne(db, key: message.customerID)?.customer,
              let business = try SettingsRecord.fetchOne(db)?.settings else { return [] }
        let fallback = FallbackPolicy.fallback(for: message, customer: customer, business: business, now: now)
        let queued = try enqueue(db, fallback.map { [$0] } ?? [], now: now)
        let what = "The \(message.kind.rawValue) \(message.channel.rawValue) to \(message.recipient) was \(state.rawValue): \(reason)."
        let next = if let sent = queued.first {
            " Sent again by \(sent.channel.rawValue) to \(sent.recipient)."
        } else if let fallback {
            " The customer gets it by \(fallback.channel.rawValue) too; check that it arrived."
        } else {
            " No other channel reaches the customer: please contact them."
        }
        var flag = InboxRecord(source: .system, customerId: message.customerID, jobId: message.jobID,
                               sender: message.recipient, body: what + next, action: nil, handled: false, receivedAt: now)
        try flag.insert(db)
        return queued
    }

    /// Gives message `id` up as `unconfirmed`: every attempt went out and none was answered, so
    /// it may have reached the customer. The dispatcher is told in the same transaction; no other
    /// channel is tried, which could tell the customer the same thing twice.
    public func recordUnconfirmed(id: Int64, reason: String, now: Date) throws {
        try writer.write { db in
            guard let record = try MessageRecord.fetchOne(db, key: id), !record.state.isFinal else { return }
            try MessageRecord.filter(key: id).updateAll(db, [
                MessageRecord.Columns.state.set(to: MessageState.unconfirmed.rawValue),
                MessageRecord.Columns.lastError.set(to: reason),
            ])
            let message = record.message
            let body = "The \(message.kind.rawValue) \(message.channel.rawValue) to \(message.recipient) may or may not have gone out: "
                + "\(reason). It was not sent another way, so that the customer does not hear it twice; please check with them."
            var flag = InboxRecord(source: .system, customerId: message.customerID, jobId: message.jobID,
                                   sender: message.recipient, body: body, action: nil, handled: false, receivedAt: now)
            try flag.insert(db)
        }
    }

    /// Applies a provider's status callback to the message it sent as `providerID`: `delivered`
    /// records the delivery; `failed` or `bounced` gives the message up (with fallback and flag).
    /// Returns the message, or nil when no message has that provider id.
    @discardableResult
    public func recordDeliveryStatus(providerID: String, state: MessageState, reason: String?, now: Date) throws -> Message? {
        try writer.write { db in
            guard let record = try MessageRecord.filter(MessageRecord.Columns.providerId == providerID).fetchOne(db) else { return nil }
            if state == .delivered, !record.state.isFinal {
                try MessageRecord.filter(key: record.id).updateAll(db, [
                    MessageRecord.Columns.state.set(to: MessageState.delivered.rawValue),
                    MessageRecord.Columns.deliveredAt.set(to: now),
                ])
            } else if state.isFailure {
                _ = try Self.fail(db, id: record.id!, state: state, reason: reason ?? "reported by the provider", now: now)
            }
            return try MessageRecord.fetchOne(db, key: record.id)?.message
        }
    }

    /// Outbox rows, oldest first, optionally only those of one job, customer or state, or those sent after an instant.
    public func messages(jobID: String? = nil, customerID: Int64? = nil, state: MessageState? = nil,
                         sentAfter: Date? = nil) throws -> [Message] {
        try writer.read { db in
            var request = MessageRecord.order(MessageRecord.Columns.id)
            if let sentAfter { request = request.filter(MessageRecord.Columns.sentAt > sentAfter) }
            if let jobID { request = request.filter(MessageRecord.Columns.jobId == jobID) }
            if let customerID { request = request.filter(MessageRecord.Columns.customerId == customerID) }
            if let state { request = request.filter(MessageRecord.Columns.state == state.rawValue) }
            return try request.fetchAll(db).map(\.message)
        }
    }

    public func message(id: Int64) throws -> Message? {
        try writer.read { db in try MessageRecord.fetchOne(db, key: id)?.message }
    }
}
