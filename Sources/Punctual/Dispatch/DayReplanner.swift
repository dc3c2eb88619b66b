import Foundation
import struct Routing.Solution
import PunctualCore

/// Plans a day again — after an absence, a change of shift, a cancelled or edited visit, or when
/// the dispatcher asks mid-day — and says what would change before anything does: visits moved
/// between technicians, new planned arrivals, promises that cannot be kept, and who would be told.
/// Publishing then tells exactly those customers (`Publisher`).
public struct DayReplanner: Sendable {
    public var planner: Planner
    public var publisher: Publisher

    public init(planner: Planner = Planner(options: PlanningOptions(timeLimit: 2)), publisher: Publisher = Publisher()) {
        self.planner = planner
        self.publisher = publisher
    }

    /// A new plan stored as a draft, with what publishing it would change and who it would tell.
    public struct Preview: Sendable {
        public var plan: Plan
        public var changes: PlanChanges
        public var notices: [(jobID: String, kind: MessageKind)]
    }

    /// Plans `date` as of `now` and stores the plan as a draft version; nothing is published or told.
    public func preview(_ date: LocalDate, store: Store, now: Date) throws -> Preview {
        let snapshot = try store.daySnapshot(on: date)
        let plan = try store.savePlan(try planner.plan(snapshot, now: now).plan)
        let changes = PlanChanges(from: snapshot.publishedPlan, to: plan)
        return Preview(plan: plan, changes: changes, notices: try publisher.notices(for: changes, on: date, store: store, now: now))
    }

    /// Plans `date` again and publishes the plan at once, telling whoever it owes a notice; the
    /// audit trail records it as `actor`'s, with `reason`.
    @discardableResult
    public func replan(_ date: LocalDate, store: Store, now: Date, actor: String, reason: String) throws -> (plan: Plan, report: Publisher.Report) {
        let preview = try preview(date, store: store, now: now)
        let report = try publisher.publish(planID: preview.plan.id!, store: store, now: now)
        try store.recordAudit(AuditEntry(at: now, actor: actor, action: "plan.publish",
                                         detail: "plan \(date) version \(preview.plan.version) published: \(Self.summary(report))",
                                         reason: reason))
        return (preview.plan, report)
    }

    /// Publishes the published plan again with every route in the same order, less the visits no
    /// longer to make (a cancelled job) and with the times worked out anew (a longer job): nobody
    /// changes hands, so nobody is told. When the same order no longer works, plans the day again
    /// (`replan`). Nothing happens on a date with no published plan.
    @discardableResult
    public func repair(_ date: LocalDate, store: Store, now: Date, actor: String, reason: String) throws -> Plan? {
        guard let published = try store.publishedPlan(on: date) else { return nil }
        var feasible = true
        let plan = try? store.republish(on: date) { snapshot -> Plan in
            let jobs = Planner.plannableJobs(snapshot).plannable
            let resolved = planner.travelTimes.matrix(for: DayModel.points(of: snapshot, jobs: jobs), settings: snapshot.settings)
            let model = try DayModel(snapshot: snapshot, jobs: jobs, notBefore: now > snapshot.dayStart ? now : nil) { _ in resolved.matrix }
            let solution = Solution(problem: model.problem, routes: model.routes(of: published))
            guard solution.isFeasible, solution.unassigned.allSatisfy({ model.jobs[$0.job].promisedWindow == nil }) else {
                feasible = false
                throw SameOrderFails()
            }
            return Planner.assemble(solution, model: model, createdAt: now, travelSource: resolved.source.description,
                                    warnings: ["plan \(published.version) repaired: \(reason)"])
        }
        guard feasible, let plan else { return try replan(date, store: store, now: now, actor: actor, reason: reason).plan }
        try store.recordAudit(AuditEntry(at: now, actor: actor, action: "plan.publish",
                                         detail: "plan \(date) version \(plan.version) published, the routes' order kept", reason: reason))
        return plan
    }

    private struct SameOrderFails: Error {}

    /// The days a change to `technicianID` from `date` on can disturb: those with a published plan
    /// or a ledger that holds one of their visits.
    public func affectedDates(technicianID: String, from date: LocalDate, store: Store) throws -> [LocalDate] {
        var dates = Set(try store.publishedDates(from: date))
        for day in try store.ledgerDates(from: date, technician: technicianID) { dates.insert(day) }
        return dates.sorted()
    }

    /// `5 visits handed over, 2 promises broken (customers offered new times)`.
    public static func summary(_ report: Publisher.Report) -> String {
        let changes = report.changes
        var parts = ["\(changes.handovers.count) visit(s) handed to another technician",
                     "\(changes.retimes.count) planned arrival(s) moved"]
        if !changes.broken.isEmpty { parts.append("\(changes.broken.count) promise(s) that cannot be kept") }
        if !report.reassigned.isEmpty || !report.told.isEmpty {
            parts.append("\(report.reassigned.count + report.told.count) customer(s) told")
        }
        return parts.joined(separator: ", ")
    }
}
