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
        /// Promised jobs of the date the plan does not know (booked after it was made).
        public var unplanned: [String] = []
    }

    /// Publishes plan `id` and tells the customers of the promises it breaks.
    @discardableResult
    public func publish(planID id: Int64, store: Store, now: Date) throws -> Report {
        try store.publishPlan(id: id)
        guard let plan = try store.plan(id: id) else { throw StoreError.unknownPlan(id: id) }
        var report = try tellBrokenPromises(of: plan, store: store, now: now)
        // A promise made after this plan was: on no route, and no customer to tell yet (the ledger
        // keeps it), so the dispatcher hears that the day needs planning again.
        let known = Set(plan.visits.map(\.jobID) + plan.unassigned.map(\.jobID))
        for job in try store.jobs(on: plan.date) where job.promisedWindow != nil && !known.contains(job.id) && !job.status.isClosed {
            report.unplanned.append(job.id)
            _ = try store.addInboxItem(source: .system, customerID: job.customerID, jobID: job.id, sender: "",
                                       body: "\(job.id) was promised after plan version \(plan.version) was made and is on no route.",
                                       action: "plan \(plan.date) again", handled: false, now: now)
        }
        return report
    }

    /// Tells the customer of every promise `plan` leaves out, once per promise.
    public func tellBrokenPromises(of plan: Plan, store: Store, now: Date) throws -> Report {
        var report = Report()
        let business = try store.requireProfile()
        let calendar = business.calendar
        for left in plan.unassigned where left.brokenPromise {
            guard let job = try store.job(left.jobID), let broken = job.promisedWindow, !job.status.isUnderWayOrDone,
                  !(try alreadyTold(job, store: store)) else { continue }
            let offers = try booker.offers(jobID: job.id, days: choiceDays, store: store, now: now)
                .filter { $0.window != broken }
                .prefix(choiceCount)
                .sorted { $0.window.start < $1.window.start }
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
