import Foundation
import Logging
import Punctual
import PunctualCore

/// Delivers the outbox: each pass queues the reminders that are due, claims the due rows, sends
/// each through its channel's transport and records the result — sent, retried with backoff, or
/// given up (then the dispatcher is told and the other channel is tried), or, when the provider
/// never answered, unconfirmed (the dispatcher is told; no other channel, so nothing is said twice).
///
/// Each channel has lanes of its own (`lanesPerChannel` requests at once): a hung SMS provider holds
/// up neither the emails nor more than that many of its own texts at a time.
///
/// Nothing is lost: a row is in the store before any send and leaves `sending` only by a recorded
/// result or by its lease running out (a crash), after which it is claimed again. Nothing is sent
/// twice by Punctual's own doing: claims are atomic and keys unique; only a crash between the
/// provider's acceptance and the record of it can repeat a send, which providers that honour the
/// idempotency key absorb.
public struct OutboxWorker: Sendable {
    public var store: Store
    public var transports: TransportSet
    public var retry: RetryPolicy
    public var logger: Logger
    /// Acts on field events left unhandled (a failure or crash on the request path) before each pass.
    public var responder: EventResponder?
    /// How many messages of one channel are handed over at once.
    public var lanesPerChannel = 4

    public init(store: Store, transports: TransportSet, retry: RetryPolicy, logger: Logger) {
        self.store = store
        self.transports = transports
        self.retry = retry
        self.logger = logger
    }

    /// A worker configured by the store's settings (transports and retry policy).
    public static func fromSettings(store: Store, logger: Logger) throws -> OutboxWorker {
        let settings = try store.settings()
        var transports = try TransportSet.fromSettings(settings, logger: logger)
        if var smtp = transports.email as? SMTPTransport {
            smtp.configuration.senderName = try store.requireProfile().name
            transports.email = smtp
        }
        return OutboxWorker(store: store, transports: transports, retry: RetryPolicy(settings: settings), logger: logger)
    }

    /// One pass over everything due at `now`.
    ///
    /// Rows are claimed one at a time, each with a lease that starts when it is claimed, so a long
    /// pass never holds a row past its lease while another worker could take it over.
    @discardableResult
    public func runPass(now: Date) throws -> OutboxPassReport {
        var report = OutboxPassReport()
        if let responder {
            // A field event that cannot be handled must not hold up the customers' messages.
            do {
                report.responses = try responder.respond(now: now).count
                report.slipNotices = try responder.followSlips(now: now).count
            } catch {
                logger.error("responding to field events failed: \(error)")
            }
        }
        report.reminders = try Notifications(store: store).enqueueReminders(now: now).count
        // A lease runs from the pass's `now` plus the real time the pass has taken so far, so a slow
        // pass never hands out leases that have already run out.
        let started = ContinuousClock.now
        let lanes = MessageChannel.allCases.flatMap { Array(repeating: $0, count: max(1, lanesPerChannel)) }
        // Rounds until nothing is due: a give-up in one round may queue its fallback on the other
        // channel, whose lanes may have finished already.
        var claimed = 0
        repeat {
            let rounds = try Lanes.run(lanes.count) { index -> (OutboxPassReport, Int) in
                var lane = OutboxPassReport(), count = 0
                while true {
                    let leaseUntil = now.addingTimeInterval((ContinuousClock.now - started).timeInterval + retry.lease)
                    guard let message = try store.claimDueMessages(dueBy: now, limit: 1, leaseUntil: leaseUntil, channel: lanes[index]).first
                    else { break }
                    count += 1
                    try deliver(message, now: now, report: &lane)
                }
                return (lane, count)
            }
            claimed = rounds.reduce(0) { $0 + $1.1 }
            for (lane, _) in rounds { report.add(lane) }
        } while claimed > 0
        return report
    }

    func deliver(_ message: Message, now: Date, report: inout OutboxPassReport) throws {
        let job = try message.jobID.flatMap { try store.job($0) }
        if message.kind == .followUp, job?.status != .completed {
            try store.withdrawMessage(id: message.id, reason: "the job is \(job?.status.rawValue ?? "gone"), not completed")
            report.withdrawn += 1
            return
        }
        if let reason = Self.outdated(message, job: job) {
            try store.withdrawMessage(id: message.id, reason: reason)
            report.withdrawn += 1
            return
        }
        if message.kind != .optOut, try store.isOptedOut(customerID: message.customerID) {
            try store.withdrawMessage(id: message.id, reason: "the customer opted out")
            report.withdrawn += 1
            return
        }
        let calendar = try calendarEvent(for: message, job: job, now: now)
        let receipt: TransportReceipt
        do {
            receipt = try transports.transport(for: message.channel).send(message, calendar: calendar)
        } catch {
            logger.warning("message \(message.id) (\(message.kind.rawValue), \(message.channel.rawValue)): \(error)")
            switch error {
            case .transient(let reason) where message.attempts < retry.maxAttempts:
                var retryAt = now.addingTimeInterval(retry.delay(afterAttempts: message.attempts))
                if !message.kind.isUrgent, let quiet = try store.settings().quietHours {
                    retryAt = quiet.release(after: retryAt, calendar: try store.requireProfile().calendar)
                }
                try store.recordRetry(id: message.id, error: reason, retryAt: retryAt)
                report.retried += 1
            case .transient(let reason):
                try store.recordFailure(id: message.id, state: .failed,
                                        reason: "gave up after \(message.attempts) attempts: \(reason)", now: now)
                report.failed += 1
            case .permanent(let reason):
                try store.recordFailure(id: message.id, state: .failed, reason: reason, now: now)
                report.failed += 1
            case .bounced(let reason):
                try store.recordFailure(id: message.id, state: .bounced, reason: reason, now: now)
                report.failed += 1
            case .unknown(let reason) where message.attempts < retry.maxAttempts:
                // Asked again with the same idempotency key: a provider that took it answers with it.
                try store.recordRetry(id: message.id, error: "outcome unknown: \(reason)",
                                      retryAt: now.addingTimeInterval(retry.delay(afterAttempts: message.attempts)))
                report.retried += 1
            case .unknown(let reason):
                try store.recordUnconfirmed(id: message.id, reason: "no answer in \(message.attempts) attempts: \(reason)", now: now)
                report.unconfirmed += 1
            }
            return
        }
        try store.recordSent(id: message.id, providerID: receipt.providerID, attachment: receipt.attachment, now: now)
        report.sent += 1
    }

    /// Why a queued notice about a promise would no longer be true when sent (the job was cancelled,
    /// or its promise moved since it was worded); nil when it still is.
    static func outdated(_ message: Message, job: Job?) -> String? {
        guard let job else { return nil }
        switch message.kind {
        case .confirmation, .reminder, .moved, .reassigned, .onMyWay, .runningLate, .promiseBroken:
            if job.status == .cancelled { return "the job was cancelled" }
            if let stated = message.facts.promisedWindow, stated != job.promisedWindow { return "the promise it states has since moved" }
            return nil
        case .cancelled, .rebookOptions, .done, .notCompleted, .followUp, .optOut, .help, .reply:
            return nil
        }
    }

    /// The calendar entry an email confirmation carries: one UID per job, SEQUENCE from the promise.
    func calendarEvent(for message: Message, job: Job?, now: Date) throws -> CalendarEvent? {
        guard message.channel == .email, let sequence = message.calendarSequence, let window = message.window,
              let job else { return nil }
        let business = try store.requireProfile()
        return CalendarEvent(uid: "job-\(job.id)@punctual", sequence: sequence, start: window.start, end: window.end,
                             summary: "\(job.typeName.prefix(1).uppercased() + job.typeName.dropFirst()), \(business.name)",
                             location: job.address, description: message.body, organizerName: business.name, stamp: now,
                             cancelled: message.kind == .cancelled)
    }
}
