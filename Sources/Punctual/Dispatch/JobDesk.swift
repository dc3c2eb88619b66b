import Foundation
import PunctualCore

/// The dispatcher's changes to one job, as a customer's phone call asks for them: new details, a
/// cancellation, a move to another window, a status put back. Each is one write transaction with
/// its audit entry and whatever the customer must hear; a change that touches the day's published
/// plan publishes it again.
public struct JobDesk: Sendable {
    public let store: Store
    public var booker: Booker
    public var notifier: Notifier
    public var replanner: DayReplanner

    public init(store: Store, booker: Booker = Booker(), notifier: Notifier = Notifier(), replanner: DayReplanner = DayReplanner()) {
        self.store = store
        self.booker = booker
        self.notifier = notifier
        self.replanner = replanner
    }

    /// What `jobs edit` may change; nil leaves a detail as it is.
    public struct Edits: Sendable, Hashable {
        public var durationMinutes: Int?
        public var parts: [PartQuantity]?
        public var skills: [String]?
        public var priority: Priority?
        public var notes: String?

        public init(durationMinutes: Int? = nil, parts: [PartQuantity]? = nil, skills: [String]? = nil, priority: Priority? = nil,
                    notes: String? = nil) {
            self.durationMinutes = durationMinutes
            self.parts = parts
            self.skills = skills
            self.priority = priority
            self.notes = notes
        }

        public var isEmpty: Bool { self == Edits() }

        /// Changes the plan must hear of (a note does not).
        var touchPlan: Bool { durationMinutes != nil || parts != nil || skills != nil || priority != nil }
    }

    /// Changes `id`'s details. A change that touches the plan re-checks a promised window against
    /// the day's other promises and is refused when it would break it, unless `force` (the promise
    /// then stands at risk); the published plan of the day is then worked out again.
    @discardableResult
    public func edit(_ id: String, _ edits: Edits, force: Bool = false, actor: String, reason: String = "", now: Date) throws -> Job {
        guard !edits.isEmpty else { throw DeskError.invalid(field: "edits", detail: "nothing to change: give at least one of duration, parts, skills, priority or notes") }
        if let minutes = edits.durationMinutes, !(1...(24 * 60)).contains(minutes) {
            throw DeskError.invalid(field: "duration", detail: "\(minutes) must be between 1 and 1440 minutes")
        }
        let edited: Job = try storeUpdate(id, now: now) { _, job, day in
            if job.status.isClosed { throw DeskError.jobClosed(job: id, status: job.status, change: "edited") }
            if job.status.isUnderWayOrDone && edits.touchPlan { throw DeskError.underWay(job: id, status: job.status, change: "re-planned") }
            let known = Set(day.parts.map(\.id))
            for part in edits.parts ?? [] where !known.contains(part.part) {
                throw DeskError.invalid(field: "parts", detail: "'\(part.part)' is not in the parts catalogue")
            }
            for part in edits.parts ?? [] where part.quantity < 1 {
                throw DeskError.invalid(field: "parts", detail: "\(part.part) needs a quantity of 1 or more")
            }
            var changed = job
            var said: [String] = []
            if let minutes = edits.durationMinutes, minutes != job.durationMinutes {
                said.append("duration \(job.durationMinutes) → \(minutes) min")
                changed.durationMinutes = minutes
            }
            if let parts = edits.parts, parts != job.parts {
                said.append("parts \(Self.text(job.parts)) → \(Self.text(parts))")
                changed.parts = parts
            }
            if let skills = edits.skills?.map({ $0.lowercased() }).sorted(), skills != job.skills {
                said.append("skills \(job.skills.joined(separator: ";")) → \(skills.joined(separator: ";"))")
                changed.skills = skills
            }
            if let priority = edits.priority, priority != job.priority {
                said.append("priority \(job.priority.rawValue) → \(priority.rawValue)")
                changed.priority = priority
            }
            if let notes = edits.notes, notes != job.notes {
                said.append("notes changed")
                changed.notes = notes
            }
            var commitments: DayCommitments?
            var detail = said.isEmpty ? "nothing changed" : said.joined(separator: ", ")
            if let window = job.promisedWindow, edits.touchPlan, !said.isEmpty {
                // The day settled with the change must keep this promise and break no other.
                var after = day
                after.jobs = day.jobs.map { $0.id == id ? changed : $0 }
                let (beforeModel, beforeSolution, _) = try replanner.settle(day, now: now)
                let (model, solution, _) = try replanner.settle(after, now: now)
                let brokenBefore = Set(beforeSolution.unassigned.map { beforeModel.jobs[$0.job] }.filter { $0.promisedWindow != nil }.map(\.id))
                let brokenAfter = Set(solution.unassigned.map { model.jobs[$0.job] }.filter { $0.promisedWindow != nil }.map(\.id))
                if brokenAfter.isSubset(of: brokenBefore) {
                    commitments = DayCommitments(date: day.date, routes: Dictionary(uniqueKeysWithValues: solution.routes.map { route in
                        (model.technicians[route.vehicle].id, route.jobs.map { model.jobs[$0].id })
                    }))
                    changed.forcedPromise = false
                } else {
                    let lost = brokenAfter.subtracting(brokenBefore).sorted()
                    let why = lost == [id] ? "no technician who can do it can then reach it inside the window and keep every other promise"
                        : "it would push out the promise of \(lost.filter { $0 != id }.joined(separator: ", "))"
                    if force {
                        changed.forcedPromise = true
                        detail += "; the promise is kept at risk (forced): \(why)"
                    } else {
                        let calendar = day.calendar
                        throw DeskError.promiseAtRisk(job: id, window: "\(calendar.local(window.start).date) \(calendar.localRange(window))", reason: why)
                    }
                }
            }
            return Store.JobUpdate(job: changed, commitments: commitments,
                                   audit: AuditEntry(at: now, actor: actor, action: "job.edit", jobID: id, detail: detail, reason: reason))
        }
        if edits.touchPlan { try replanIfPublished(edited, actor: actor, reason: "\(id) edited", now: now) }
        return edited
    }

    /// Cancels `id`: off every plan and the ledger, held times released, the customer told once
    /// (with a calendar entry that withdraws theirs). A visit the technician has reached cannot be
    /// cancelled: it is finished one way or another from the field.
    @discardableResult
    public func cancel(_ id: String, actor: String, reason: String = "", now: Date) throws -> Job {
        let cancelled: Job = try storeUpdate(id, now: now) { _, job, day in
            if job.status.isClosed { throw DeskError.jobClosed(job: id, status: job.status, change: "cancelled") }
            if [.arrived, .inProgress].contains(job.status) { throw DeskError.underWay(job: id, status: job.status, change: "cancelled") }
            var changed = job
            changed.status = .cancelled
            let calendar = day.calendar
            let window = job.promisedWindow.map { " (promised \(calendar.local($0.start).date) \(calendar.localRange($0)))" } ?? ""
            return Store.JobUpdate(job: changed, audit: AuditEntry(at: now, actor: actor, action: "job.cancel", jobID: id,
                                                                   detail: "cancelled, was \(job.status.rawValue)\(window)", reason: reason),
                                   notices: { [notifier] in notifier.cancelled($0, now: now) })
        }
        // The technicians' routes close up around the gap (a waiting visit may take it).
        if try store.publishedPlan(on: cancelled.date)?.visits.contains(where: { $0.jobID == id }) == true {
            try replanner.adjust(cancelled.date, store: store, now: now, actor: actor, reason: "\(id) cancelled")
        }
        return cancelled
    }

    /// Moves `id`'s promise to `window` after checking it can be kept (or, with `force`, regardless):
    /// the customer hears of the move and their calendar entry follows it.
    @discardableResult
    public func move(_ id: String, to window: DateInterval, force: Bool = false, actor: String, reason: String = "", now: Date) throws -> Booker.Booking {
        guard let job = try store.job(id) else { throw DeskError.unknownJob(id) }
        if job.status.isClosed { throw DeskError.jobClosed(job: id, status: job.status, change: "moved") }
        if job.status.isUnderWayOrDone { throw DeskError.underWay(job: id, status: job.status, change: "moved") }
        let booking = try booker.book(jobID: id, window: window, store: store, now: now, actor: actor, force: force, reason: reason)
        // The day it left closes up around the gap, and the day it joins (the same day, or another
        // already published) takes it onto a route.
        let newDate = try store.requireProfile().calendar.local(window.start).date
        var days: [LocalDate] = []
        if newDate != job.date, try store.publishedPlan(on: job.date)?.visits.contains(where: { $0.jobID == id }) == true { days.append(job.date) }
        if try store.publishedPlan(on: newDate) != nil { days.append(newDate) }
        for day in days { try replanner.adjust(day, store: store, now: now, actor: actor, reason: "\(id) moved") }
        return booking
    }

    /// Puts `id`'s status back to an earlier one (`to`), for a report that was wrong (an `arrived`
    /// sent days early, a `completed` on the wrong job) or a cancellation made by mistake. The reason
    /// is required: it is what the audit trail is for.
    public func reset(_ id: String, to status: JobStatus, actor: String, reason: String, now: Date) throws {
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw DeskError.invalid(field: "reason", detail: "a reset needs a reason, for the record")
        }
        guard let job = try store.job(id) else { throw DeskError.unknownJob(id) }
        guard Self.isEarlier(status, than: job.status) else { throw DeskError.resetNotBackwards(job: id, from: job.status, to: status) }
        if status == .booked || status == .scheduled, job.promisedWindow == nil {
            throw DeskError.invalid(field: "status", detail: "\(id) has no promised window, so it can only go back to requested")
        }
        if status == .requested, job.promisedWindow != nil {
            throw DeskError.invalid(field: "status", detail: "\(id) has a promised window; put it back to booked or scheduled, or cancel it")
        }
        let onPlan = try store.publishedPlan(on: job.date)?.visits.contains { $0.jobID == id } ?? false
        if status == .scheduled, !onPlan {
            throw DeskError.invalid(field: "status", detail: "\(id) is on no published route of \(job.date), so it can go back to booked, not scheduled")
        }
        try store.resetJobStatus(jobID: id, to: status, audit: AuditEntry(
            at: now, actor: actor, action: "job.reset", jobID: id, detail: "status \(job.status.rawValue) → \(status.rawValue)", reason: reason))
    }

    // MARK: -

    private func storeUpdate(_ id: String, now: Date,
                             _ make: (Store, Job, DaySnapshot) throws -> Store.JobUpdate) throws -> Job {
        do {
            return try store.updateJob(jobID: id, now: now) { job, day in
                let update = try make(store, job, day)
                return (update, update.job)
            }
        } catch BookingError.unknownJob(let id) {
            throw DeskError.unknownJob(id)
        }
    }

    private func replanIfPublished(_ job: Job, actor: String, reason: String, now: Date) throws {
        guard try store.publishedPlan(on: job.date) != nil else { return }
        try replanner.adjust(job.date, store: store, now: now, actor: actor, reason: reason)
    }

    /// The order a visit's statuses follow; a cancelled job may go back to waiting.
    static func isEarlier(_ a: JobStatus, than b: JobStatus) -> Bool {
        let order: [JobStatus] = [.requested, .booked, .scheduled, .enRoute, .arrived, .inProgress, .completed]
        if b == .cancelled { return [.requested, .booked].contains(a) }
        if b == .failed { return a != .completed && a != .failed && a != .cancelled }
        guard let i = order.firstIndex(of: a), let k = order.firstIndex(of: b) else { return false }
        return i < k
    }

    static func text(_ parts: [PartQuantity]) -> String {
        parts.isEmpty ? "none" : parts.map { "\($0.part)×\($0.quantity)" }.joined(separator: ";")
    }
}
