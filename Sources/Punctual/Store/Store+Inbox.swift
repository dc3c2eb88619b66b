import Foundation
import GRDB
import PunctualCore

/// The dispatcher's inbox, opt-outs, and finding who a text is from.
extension Store {
    /// Adds an inbox item; `handled` when Punctual already answered it itself.
    @discardableResult
    public func addInboxItem(source: InboxItem.Source, customerID: Int64?, jobID: String?, sender: String, body: String,
                             action: String?, handled: Bool, now: Date) throws -> InboxItem {
        try receiveInboxItem(source: source, customerID: customerID, jobID: jobID, sender: sender, body: body,
                             providerMessageID: nil, action: action, handled: handled, now: now).item
    }

    /// Adds an inbound message unless the provider's `providerMessageID` is already in the inbox (a
    /// webhook the provider retried): then the item stored first, with `isNew` false. One
    /// transaction, so two deliveries of one text racing each other store it once.
    public func receiveInboxItem(source: InboxItem.Source, customerID: Int64?, jobID: String?, sender: String, body: String,
                                 providerMessageID: String?, action: String?, handled: Bool,
                                 now: Date) throws -> (item: InboxItem, isNew: Bool) {
        try writer.write { db in
            if let providerMessageID,
               let stored = try InboxRecord.filter(InboxRecord.Columns.providerMessageId == providerMessageID).fetchOne(db) {
                return (stored.item, false)
            }
            var record = InboxRecord(source: source, customerId: customerID, jobId: jobID, sender: sender, body: body,
                                     action: action, handled: handled, receivedAt: now, providerMessageId: providerMessageID)
            try record.insert(db)
            return (record.item, true)
        }
    }

    /// Records what was done about inbox item `id`, and whether a person still needs to look.
    public func updateInboxItem(id: Int64, action: String, handled: Bool) throws {
        try writer.write { db in
            _ = try InboxRecord.filter(key: id).updateAll(db, [InboxRecord.Columns.action.set(to: action), InboxRecord.Columns.handled.set(to: handled)])
        }
    }

    /// Inbox items, oldest first: those still needing a person, or all of them; optionally one job's.
    public func inbox(includeHandled: Bool = false, jobID: String? = nil) throws -> [InboxItem] {
        try writer.read { db in
            var request = InboxRecord.order(InboxRecord.Columns.id)
            if !includeHandled { request = request.filter(InboxRecord.Columns.handled == false) }
            if let jobID { request = request.filter(InboxRecord.Columns.jobId == jobID) }
            return try request.fetchAll(db).map(\.item)
        }
    }

    /// The customer whose phone is `phone` (E.164), if any.
    public func customer(phone: String) throws -> Customer? {
        try writer.read { db in try CustomerRecord.filter(CustomerRecord.Columns.phone == phone).fetchOne(db)?.customer }
    }

    /// The customer numbered `id`, if any.
    public func customer(id: Int64) throws -> Customer? {
        try writer.read { db in try CustomerRecord.fetchOne(db, key: id)?.customer }
    }

    /// The job a customer's text most likely concerns: their open job with the soonest promise
    /// (or, with none promised, the latest open one); failing that, their most recent closed job.
    public func activeJob(customerID: Int64) throws -> Job? {
        try writer.read { db in
            let ids = try String.fetchAll(db, JobRecord.select(JobRecord.Columns.id).filter(JobRecord.Columns.customerId == customerID))
            let jobs = try Self.fetchJobs(db, on: nil, ids: ids)
            let open = jobs.filter { !$0.status.isClosed }
            if let promised = open.filter({ $0.promisedWindow != nil }).min(by: { $0.promisedWindow!.start < $1.promisedWindow!.start }) {
                return promised
            }
            return open.max { $0.date < $1.date } ?? jobs.max { $0.date < $1.date }
        }
    }

    /// Opts the customer out: nothing more is queued for them, and what is still waiting is
    /// withdrawn (marked failed, "customer opted out", without fallback).
    public func optOut(customerID: Int64, now: Date) throws {
        try writer.write { db in
            var record = OptOutRecord(customerId: customerID, optedOutAt: now)
            try record.insert(db, onConflict: .ignore)
            try MessageRecord
                .filter(MessageRecord.Columns.customerId == customerID && MessageRecord.Columns.state == MessageState.queued.rawValue)
                .filter(MessageRecord.Columns.kind != MessageKind.optOut.rawValue)
                .updateAll(db, [MessageRecord.Columns.state.set(to: MessageState.failed.rawValue),
                                MessageRecord.Columns.lastError.set(to: "withdrawn: the customer opted out")])
        }
    }

    public func isOptedOut(customerID: Int64) throws -> Bool {
        try writer.read { db in try OptOutRecord.exists(db, key: customerID) }
    }

    /// Replaces the customer's open rebook choices with `choices`.
    public func saveRebookChoices(customerID: Int64, _ choices: [RebookChoice]) throws {
        try writer.write { db in
            try RebookChoiceRecord.filter(RebookChoiceRecord.Columns.customerId == customerID).deleteAll(db)
            for choice in choices {
                var record = RebookChoiceRecord(choice)
                try record.insert(db)
            }
        }
    }

    /// The customer's open rebook choice numbered `number`, if one was offered after `offeredAfter`.
    public func rebookChoice(customerID: Int64, number: Int, offeredAfter: Date = .distantPast) throws -> RebookChoice? {
        try writer.read { db in
            try RebookChoiceRecord.fetchOne(db, key: ["customer_id": customerID, "number": number])?.choice
        }.flatMap { $0.offeredAt > offeredAfter ? $0 : nil }
    }

    /// The customer's open rebook choices offered after `offeredAfter`, by number.
    public func rebookChoices(customerID: Int64, offeredAfter: Date = .distantPast) throws -> [RebookChoice] {
        try writer.read { db in
            try RebookChoiceRecord.filter(RebookChoiceRecord.Columns.customerId == customerID).fetchAll(db).map(\.choice)
        }.filter { $0.offeredAt > offeredAfter }.sorted { $0.number < $1.number }
    }

    /// Promises the window a customer accepted by text (waiting for the announced late arrival),
    /// queuing the updated confirmation in the same transaction. No feasibility check: the window
    /// came from the forecast of the visit as it is actually unfolding, and the job keeps its status.
    public func acceptWindow(jobID: String, window: DateInterval, notices: (NoticeContext) throws -> [OutgoingMessage],
                             now: Date) throws {
        try writer.write { db in
            try JobRecord.filter(key: jobID).updateAll(db, [
                JobRecord.Columns.windowStart.set(to: window.start),
                JobRecord.Columns.windowEnd.set(to: window.end),
                JobRecord.Columns.promiseVersion.set(to: JobRecord.Columns.promiseVersion + 1),
            ])
            try Self.clearRisk(db, jobID: jobID)
            _ = try Self.enqueue(db, try notices(try Self.noticeContext(db, jobID: jobID, now: now)), now: now)
        }
    }
}
