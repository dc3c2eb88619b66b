import Foundation
import PunctualCore

/// Where the day's events become customer notices: each call reads the job, lets the `Notifier`
/// word what is due and queues it in the outbox in one transaction. Calling twice for the same event
/// queues nothing more (idempotency keys).
public struct Notifications: Sendable {
    public var store: Store
    public var notifier: Notifier

    public init(store: Store, notifier: Notifier = Notifier()) {
        self.store = store
        self.notifier = notifier
    }

    /// The technician posted `en_route` for `jobID`; `arrival` is the predicted arrival window.
    @discardableResult
    public func technicianOnTheWay(jobID: String, technicianName: String, arrival: DateInterval, withinPromise: Bool = true,
                                   now: Date) throws -> [Message] {
        try store.notify(jobID: jobID, now: now) {
            notifier.onMyWay($0, technician: technicianName, arrival: arrival, withinPromise: withinPromise, now: now)
        }
    }

    /// The visit went at risk and nobody else can make the window: tell the customer the new
    /// arrival and offer wait (1) or rebook (2).
    @discardableResult
    public func visitRunningLate(jobID: String, technicianName: String, arrival: DateInterval, now: Date) throws -> [Message] {
        try store.notify(jobID: jobID, now: now) { notifier.runningLate($0, technician: technicianName, arrival: arrival, now: now) }
    }

    /// The visit went at risk and was given to `technicianName`, who can still make the window.
    @discardableResult
    public func visitReassigned(jobID: String, technicianName: String, now: Date) throws -> [Message] {
        try store.notify(jobID: jobID, now: now) { notifier.reassigned($0, technician: technicianName, now: now) }
    }

    /// The visit could not be completed: the customer is told a person will arrange the return visit.
    @discardableResult
    public func visitNotCompleted(jobID: String, technicianName: String, now: Date) throws -> [Message] {
        try store.notify(jobID: jobID, now: now) { notifier.notCompleted($0, technician: technicianName, now: now) }
    }

    /// The job is completed: "done" now, and "how did we do?" after the follow-up delay.
    @discardableResult
    public func jobCompleted(jobID: String, technicianName: String, workDone: String, partsUsed: [PartQuantity],
                             completedAt: Date, now: Date) throws -> [Message] {
        try store.notify(jobID: jobID, now: now) { context in
            notifier.done(context, technician: technicianName, work: workDone, partsUsed: partsUsed, now: now)
                + notifier.followUp(context, completedAt: completedAt, now: now)
        }
    }

    /// Queues the evening-before reminders of tomorrow's booked jobs, once the reminder hour has
    /// come; the outbox worker calls it on every pass.
    @discardableResult
    public func enqueueReminders(now: Date) throws -> [Message] {
        let calendar = try store.requireProfile().calendar
        let local = calendar.local(now)
        // Cheap checks first: the worker calls this on every pass.
        guard local.time.minutes >= Int(try store.settings().number(.reminderHour)) * 60 else { return [] }
        var queued: [Message] = []
        for job in try store.jobs(on: local.date.adding(days: 1))
        where job.promisedWindow != nil && [.booked, .scheduled].contains(job.status) {
            queued += try store.notify(jobID: job.id, now: now) { notifier.reminder($0, now: now) }
        }
        return queued
    }
}
