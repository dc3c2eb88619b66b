import Foundation
import PunctualCore

/// Publishing a plan: technicians work from it, and every customer whose promise it cannot keep
/// hears so at once — not when the window has passed — with numbered new times held for them
/// (a reply with the number books it), while the dispatcher's inbox gets the job.
///
/// The publish is one transaction; telling follows it, each customer's notice, held choices and
/// inbox item together, keyed by the promise so that publishing again tells nobody twice.
public struct Publisher: Sendable {
    public var booker: Booker
    public var notifier: Notifier
    /// How many days ahead new times are looked for, and how many are offered.
    public var choiceDays: Int
    public var choiceCount: Int

    public init(booker: Booker = Booker(), notifier: Notifier = Notifier(), choiceDays: Int = 3, choiceCount: Int = 3) {
        self.booker = booker
        self.notifier = notifier
        self.choiceDays = choiceDays
        self.choiceCount = choiceCount
    }

    /// What publishing did beyond the plan itself.
    public struct Report: Sendable, Hashable {
        /// Jobs whose customers were told their promise cannot be kept, with how many new times each got.
        public var told: [String: Int] = [:]
        /// Jobs whose customers were told who is coming instead.
        public var reassigned: [String] = []
        /// Promised jobs of the date the plan does not know (booked after it was made).
        public var unplanned: [String] = []
        /// What the plan changed against the one technicians worked from.
        public var changes = PlanChanges()

        /// The notices sent: who is coming instead, then the promises that cannot be kept.
        public var notices: [(jobID: String, kind: MessageKind)] {
            reassigned.map { ($0, MessageKind.reassigned) } + told.keys.sorted().map { ($0, MessageKind.promiseBroken) }
        }

        /// What publishing changed, for the audit trail and the desk: handovers, moved arrivals,
        /// broken promises, customers told.
        public var summary: String {
            var parts = ["\(changes.handovers.count) visit(s) handed to another technician",
                         "\(changes.retimes.count) planned arrival(s) moved"]
            if !changes.broken.isEmpty { parts.append("\(changes.broken.count) promise(s) that cannot be kept") }
            if !reassigned.isEmpty || !told.isEmpty { parts.append("\(reassigned.count + told.count) customer(s) told") }
            return parts.joined(separator: ", ")
        }
    }

    /// What publishing `plan` over `published` (the version technicians work from) would change,
    /// and whom it would tell: the preview `publish` then keeps to.
    public func preview(_ plan: Plan, over published: Plan?, store: Store, now: Date) throws
        -> (changes: PlanChanges, notices: [(jobID: String, kind: MessageKind)]) {
        let changes = PlanChanges(from: published, to: plan)
        return (changes, try notices(for: changes, on: plan.date, store: store, now: now))
    }

    /// Who publishing `plan` over `old` will tell what: each customer whose promise it breaks
    /// (`promise_broken`, once per promise) and each whose technician changes on a day they would
    /// notice (`reassigned`): the day itself, or a customer already told a technician's name — not
    /// when the visit's promise itself moved (the customer has just heard of the move).
    public func notices(for changes: PlanChanges, on date: LocalDate, store: Store, now: Date) throws -> [(jobID: String, kind: MessageKind)] {
        try owed(changes, on: date, store: store, now: now).map { ($0.jobID, $0.kind) }
    }

    /// `notices(for:)` with, for a `reassigned` notice, the name of who is coming.
    private func owed(_ changes: PlanChanges, on date: LocalDate, store: Store, now: Date) throws
        -> [(jobID: String, kind: MessageKind, technician: String?)] {
        let today = try store.requireProfile().calendar.local(now).date
        var result: [(jobID: String, kind: MessageKind, technician: String?)] = []
        for id in changes.broken {
            guard let job = try store.job(id), job.promisedWindow != nil, !job.status.isUnderWayOrDone, !(try alreadyTold(job, store: store))
            else { continue }
            result.append((id, .promiseBroken, nil))
        }
        for handover in changes.handovers {
            guard let job = try store.job(handover.jobID), let window = job.promisedWindow, !job.status.isClosed,
                  (window.start...window.end).contains(handover.wasPlannedStart) else { continue }
            let messages = try store.messages(jobID: job.id)
            let named = messages.contains { $0.facts.technician != nil }
            let coming = try store.technician(handover.to)?.name ?? handover.to
            let toldThis = messages.contains { $0.kind == .reassigned && $0.facts.technician == coming }
            guard (date == today || named) && !toldThis else { continue }
            result.append((job.id, .reassigned, coming))
        }
        return result
    }

    /// Publishes plan `id` and tells the customers of the promises it breaks, and of the visits it
    /// hands to another technician (`notices(for:)`): exactly what `PlanChanges` shows beforehand.
    @discardableResult
    public func publish(planID id: Int64, store: Store, now: Date) throws -> Report {
        try publishing(planID: id, store: store, now: now).report
    }

    /// `publish(planID:store:now:)` done by `actor` (a dispatcher, the desk), recorded in the audit trail.
    @discardableResult
    public func publish(planID id: Int64, store: Store, now: Date, actor: String, reason: String = "") throws -> Report {
        let (plan, report) = try publishing(planID: id, store: store, now: now)
        try store.recordAudit(AuditEntry(at: now, actor: actor, action: "plan.publish",
                                         detail: "plan \(plan.date) version \(plan.version) published: \(report.summary)", reason: reason))
        return report
    }

    private func publishing(planID id: Int64, store: Store, now: Date) throws -> (plan: Plan, report: Report) {
        guard let plan = try store.plan(id: id) else { throw StoreError.unknownPlan(id: id) }
        let old = try store.publishedPlan(on: plan.date)
        let changes = PlanChanges(from: old, to: plan)
        let owed = try owed(changes, on: plan.date, store: store, now: now)
        try store.publishPlan(id: id)
        var report = try tellBrokenPromises(of: plan, only: Set(owed.filter { $0.kind == .promiseBroken }.map(\.jobID)), store: store, now: now)
        report.changes = changes
        for (jobID, kind, name) in owed where kind == .reassigned {
            guard let name else { continue }
            if !(try store.notify(jobID: jobID, now: now) { notifier.reassigned($0, technician: name, now: now) }).isEmpty {
                report.reassigned.append(jobID)
            }
        }
        // A promise made after this plan was: on no route, and no customer to tell yet (the ledger
        // keeps it), so the dispatcher hears that the day needs planning again.
        let known = Set(plan.visits.map(\.jobID) + plan.unassigned.map(\.jobID))
        for job in try store.jobs(on: plan.date) where job.promisedWindow != nil && !known.contains(job.id) && !job.status.isClosed {
            report.unplanned.append(job.id)
            _ = try store.addInboxItem(source: .system, customerID: job.customerID, jobID: job.id, sender: "",
                                       body: "\(job.id) was promised after plan version \(plan.version) was made and is on no route.",
                                       action: "plan \(plan.date) again", handled: false, now: now)
        }
        return (plan, report)
    }

    /// Tells the customer of every promise `plan` leaves out, once per promise.
    public func tellBrokenPromises(of plan: Plan, only: Set<String>? = nil, store: Store, now: Date) throws -> Report {
        var report = Report()
        let business = try store.requireProfile()
        let calendar = business.calendar
        for left in plan.unassigned where left.brokenPromise && only?.contains(left.jobID) ?? true {
            guard let job = try store.job(left.jobID), let broken = job.promisedWindow, !job.status.isUnderWayOrDone,
                  !(try alreadyTold(job, store: store)) else { continue }
            // Choices spread over days and halves of days, so that one of them suits.
            let offers = OfferSpread.pick(try booker.offers(jobID: job.id, days: choiceDays, store: store, now: now)
                .filter { $0.window != broken }, limit: choiceCount, calendar: calendar)
            let choices = offers.enumerated().map {
                RebookChoice(customerID: job.customerID, jobID: job.id, number: $0 + 1, window: $1.window, offeredAt: now)
            }
            let list = choices.map { "\($0.number)) \(Notifier.shortDateText($0.window.start, calendar)) \(calendar.localRange($0.window))" }
                .joined(separator: ", ")
            try store.saveRebookChoices(customerID: job.customerID, choices)
            let sent = try store.notify(jobID: job.id, now: now) { notifier.promiseBroken($0, choices: list, windows: choices.map(\.window), now: now) }
            let window = "\(calendar.local(broken.start).date) \(calendar.localRange(broken))"
            if sent.isEmpty {
                // Nobody to tell (the customer opted out): hold nothing, and the dispatcher calls, once.
                try store.saveRebookChoices(customerID: job.customerID, [])
                let said = "cannot keep \(job.id)'s promise (\(window))"
                guard !(try store.inbox(includeHandled: true, jobID: job.id).contains { $0.body.contains(said) }) else { continue }
                _ = try store.addInboxItem(source: .system, customerID: job.customerID, jobID: job.id, sender: "",
                                           body: "Plan version \(plan.version) \(said): \(left.reason).",
                                           action: "the customer cannot be texted or emailed: call them", handled: false, now: now)
                report.told[job.id] = 0
                continue
            }
            _ = try store.addInboxItem(
                source: .system, customerID: job.customerID, jobID: job.id, sender: "",
                body: "Plan version \(plan.version) cannot keep \(job.id)'s promise (\(window)): \(left.reason)."
                    + (left.proposal.map { " Proposal: \($0)." } ?? ""),
                action: choices.isEmpty ? "customer told; no new time to offer: call them" : "customer told and offered \(list)",
                handled: !choices.isEmpty, now: now)
            report.told[job.id] = choices.count
        }
        return report
    }

    /// The customer was already told that this very window cannot be kept.
    private func alreadyTold(_ job: Job, store: Store) throws -> Bool {
        try store.messages(jobID: job.id).contains { $0.kind == .promiseBroken && $0.window == job.promisedWindow }
    }
}
