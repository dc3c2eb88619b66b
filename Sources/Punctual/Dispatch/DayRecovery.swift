import Foundation
import struct Routing.Solution
import PunctualCore

/// Plans the rest of a day that has slipped again, from where every technician is and how their
/// day is really going: routes re-sequenced and visits moved between technicians, every promise
/// hard, and the windows of those at risk closed a margin early where the day allows it. It keeps the result
/// only when the tracker's forecast of the new routes has fewer promises at risk than the
/// forecast of the old ones, none newly at risk and less lateness expected overall, and publishes
/// it: customers whose technician changes are told who is coming (`Publisher`).
///
/// A single handover moves the one visit at risk; a slipped afternoon usually needs more: the
/// late technician's later visits spread over colleagues, or their own order changed so the
/// tightest window comes first. What this cannot save is left to the warning.
///
/// A fixed amount of search (the time only a cap), so the same day recovers the same way on any
/// machine; worked out outside any write, so technicians' reports are not held up by it.
public struct DayRecovery: Sendable {
    public var travelTimes: TravelTimeSelection
    public var publisher: Publisher
    public var iterations: Int
    public var seed: UInt64
    /// The cap in wall-clock seconds on all the searches of one re-plan together: the iterations
    /// normally end them far sooner; a re-plan that runs out of time gives up.
    public var secondsCap: Double

    public init(travelTimes: TravelTimeSelection = TravelTimeSelection(), publisher: Publisher = Publisher(),
                iterations: Int = 3000, seed: UInt64 = 1, secondsCap: Double = 2) {
        self.travelTimes = travelTimes
        self.publisher = publisher
        self.iterations = iterations
        self.seed = seed
        self.secondsCap = secondsCap
    }

    /// A re-plan worked out and not yet published.
    public struct Proposal: Sendable {
        /// The plan to publish (not saved), and the published version it replaces.
        public var plan: Plan
        public var replaces: Int64
        /// Promised visits the forecast had at risk before, and has after.
        public var atRiskBefore: [String]
        public var atRiskAfter: [String]
        /// Visits now on another technician's route.
        public var handedOver: [String]
        /// Technicians whose visits ahead changed (order, content or times).
        public var changedTechnicians: [String]
        /// Visits without a promise taken off today's routes to keep the promises; the dispatcher's
        /// inbox has each, to book another day.
        public var deferred: [String]
    }

    /// What a recovery published.
    public struct Outcome: Sendable {
        public var proposal: Proposal
        /// The plan as saved and published.
        public var plan: Plan
        public var report: Publisher.Report
        public var atRiskBefore: [String] { proposal.atRiskBefore }
        public var atRiskAfter: [String] { proposal.atRiskAfter }
        public var handedOver: [String] { proposal.handedOver }
        public var changedTechnicians: [String] { proposal.changedTechnicians }
        public var deferred: [String] { proposal.deferred }
    }

    /// How early the windows of the promises at risk close for the search, tried in turn: a margin
    /// against the next slow job where the day has room for it, else the exact windows.
    static let margins = [15 * 60, 0]
    /// How late, in minutes, a promise the day can no longer keep may be planned, tried in turn.
    static let latenessSteps = [30, 60, 120, 240, 720]
    /// The overtime a day that keeps a promise late may run to, seconds.
    static let overrunOvertime = 4 * 3600

    /// Re-plans `date` from `now` and publishes the result if it keeps more promises; nil when
    /// nothing is at risk, no published plan exists, the re-plan would not help, or the day changed
    /// while it was being worked out.
    public func recover(_ date: LocalDate, store: Store, tracker: Tracker, now: Date, reason: String) throws -> Outcome? {
        guard let proposal = try propose(date, store: store, tracker: tracker, now: now, reason: reason) else { return nil }
        // The day may have moved on while this was worked out: a plan over a superseded one is
        // dropped, and the next pass tries again.
        guard try store.publishedPlan(on: date)?.id == proposal.replaces else { return nil }
        let saved = try store.savePlan(proposal.plan)
        let report = try publisher.publish(planID: saved.id!, store: store, now: now, actor: "punctual", reason: reason)
        for jobID in proposal.deferred {
            _ = try store.addInboxItem(source: .system, customerID: try store.job(jobID)?.customerID, jobID: jobID, sender: "",
                                       body: "\(jobID) was taken off today's routes to keep the promises of a slipped day; book it another day.",
                                       action: "book \(jobID) another day", handled: false, now: now)
        }
        var published = saved
        published.state = .published
        return Outcome(proposal: proposal, plan: published, report: report)
    }

    /// The re-plan `recover` would publish, worked out without writing anything (bounded by
    /// `secondsCap`); nil when it would not publish one.
    public func propose(_ date: LocalDate, store: Store, tracker: Tracker, now: Date, reason: String) throws -> Proposal? {
        let snapshot = try store.daySnapshot(on: date)
        guard let published = snapshot.publishedPlan else { return nil }
        let days = try store.technicianDays(on: date)
        let threshold = tracker.policy.atRiskThreshold
        let before = try Self.pLate(of: days, tracker: tracker, now: now)
        let atRiskBefore = Set(before.filter { $0.value >= threshold }.keys)
        guard !atRiskBefore.isEmpty else { return nil }

        // Reached (done, on site): behind the technician, left as it is.
        let behind = Set(days.flatMap(\.stops).filter { $0.job.status.isUnderWayOrDone && !$0.job.status.isAwaitingArrival }.map(\.job.id))
        var live: [String: LiveStart] = [:]
        for day in days {
            guard var start = try tracker.liveStart(of: day, now: now) else { continue }
            for stop in day.stops where behind.contains(stop.job.id) {
                for need in snapshot.job(stop.job.id)?.parts ?? [] { start.partsUsed[need.part, default: 0] += need.quantity }
            }
            live[day.technician.id] = start
        }
        let onPlan = Set(published.visits.map(\.jobID))
        let jobs = snapshot.jobs.filter { onPlan.contains($0.id) && !behind.contains($0.id) }
        guard !jobs.isEmpty else { return nil }

        let deadline = ContinuousClock.now + .milliseconds(Int(secondsCap * 1000))
        let resolved = travelTimes.matrix(for: DayModel.points(of: snapshot, jobs: jobs, live: live), settings: snapshot.settings)
        var found: (model: DayModel, solution: Solution)?
        var hopeless: [String] = []
        for margin in Self.margins {
            // The margin only where the forecast sees trouble: a visit merely tight at the means is
            // not worth a customer's "a different technician is coming".
            let model = try DayModel(snapshot: snapshot, jobs: jobs, promiseBuffer: margin, exactPromises: Set(jobs.map(\.id)).subtracting(atRiskBefore),
                                     notBefore: now, live: live) { _ in resolved.matrix }
            let solution = settled(model, published: published, troubled: atRiskBefore, deadline: deadline)
            hopeless = solution.unassigned.map { model.jobs[$0.job] }.filter { $0.promisedWindow != nil }.map(\.id)
            if hopeless.isEmpty {
                found = (model, solution)
                break
            }
        }
        // The promises nobody can keep any more stay on a route, as little late as it takes, and
        // the day runs as long as it must to keep them: as it would without the re-plan.
        for minutes in Self.latenessSteps where found == nil && ContinuousClock.now < deadline {
            let lateness = Dictionary(uniqueKeysWithValues: hopeless.map { ($0, minutes * 60) })
            let model = try DayModel(snapshot: snapshot, jobs: jobs, notBefore: now, lateness: lateness, overtime: Self.overrunOvertime,
                                     live: live) { _ in resolved.matrix }
            // Placing the late ones is first a matter of room; a search, at the last step only.
            let solution = settled(model, published: published, troubled: atRiskBefore, deadline: deadline,
                                   searching: minutes == Self.latenessSteps.last)
            if DayReplanner.brokenPromises(solution, model: model) == 0 { found = (model, solution) }
        }
        guard let (model, solution) = found else { return nil }

        let trial = Self.days(days, following: solution, model: model, behind: behind)
        let after = try Self.pLate(of: trial, tracker: tracker, now: now)
        let atRiskAfter = Set(after.filter { $0.value >= threshold }.keys)
        let newlyAtRisk = atRiskAfter.subtracting(atRiskBefore)
        let expectedBefore = before.values.reduce(0, +)
        let expectedAfter = after.values.reduce(0, +)
        guard newlyAtRisk.isEmpty, atRiskAfter.count < atRiskBefore.count, expectedAfter < expectedBefore else { return nil }

        let ahead = Planner.assemble(solution, model: model, createdAt: now, travelSource: resolved.source.description,
                                     warnings: ["re-planned from where the day stands: \(reason)"])
        let plan = Self.merged(ahead, after: published, behind: behind, live: Set(live.keys), now: now)
        let wasOn = Dictionary(published.visits.map { ($0.jobID, $0.technicianID) }) { first, _ in first }
        let key = { (p: Plan, id: String) in p.visits(of: id).filter { !behind.contains($0.jobID) }.map { "\($0.jobID)@\(Int($0.plannedArrival.timeIntervalSince1970) / 60)" } }
        return Proposal(plan: plan, replaces: published.id!, atRiskBefore: atRiskBefore.sorted(), atRiskAfter: atRiskAfter.sorted(),
                        handedOver: plan.visits.filter { visit in wasOn[visit.jobID].map { $0 != visit.technicianID } ?? false }.map(\.jobID).sorted(),
                        changedTechnicians: model.technicians.map(\.id).filter { key(published, $0) != key(plan, $0) },
                        deferred: ahead.unassigned.filter { !$0.brokenPromise }.map(\.jobID))
    }

    /// The published routes on `model`, moving as little as keeps every promise: each route keeps
    /// its order and gives up the visits that stop it working from where the day stands, those go
    /// where they cost least (a visit without a promise making room for one), and only when that
    /// loses a promise does a search move more: visits of the routes in trouble to anyone, any
    /// route re-sequenced. Every visit moved is a customer told who is coming
    /// instead, so a search that reshuffles the whole day for a little less driving is no help.
    /// - Parameter troubled: the promises at risk; the routes holding them are the ones in trouble.
    /// - Parameter searching: whether a search may follow when inserting loses a promise.
    func settled(_ model: DayModel, published: Plan, troubled: Set<String>, deadline: ContinuousClock.Instant, searching: Bool = true) -> Solution {
        let change = LeastChange(model: model, current: model.routes(of: published), iterations: iterations, seed: seed, deadline: deadline)
        let greedy = change.inserted(published: published)
        var best = greedy
        if searching, DayReplanner.brokenPromises(greedy, model: model) > 0 {
            let routesInTrouble = Set(model.jobs.indices.filter { troubled.contains(model.jobs[$0].id) })
            if let found = change.searched(from: greedy, troubled: routesInTrouble),
               DayReplanner.brokenPromises(found, model: model) < DayReplanner.brokenPromises(greedy, model: model) { best = found }
        }
        return change.movedBack(best)
    }

    /// P(late) of every promised visit not yet reached, by job id, on the tracker's forecast of `days`.
    static func pLate(of days: [TechnicianDay], tracker: Tracker, now: Date) throws -> [String: Double] {
        var result: [String: Double] = [:]
        for day in days {
            for visit in try tracker.forecast(day, now: now).visits where visit.window != nil && visit.status.isAwaitingArrival {
                result[visit.jobID] = visit.forecast?.pLate ?? 0
            }
        }
        return result
    }

    /// `days` as they would be on `solution`'s routes: what each technician has reached stays as it
    /// is, followed by the visits the solution gives them, at its planned times.
    static func days(_ days: [TechnicianDay], following solution: Solution, model: DayModel, behind: Set<String>) -> [TechnicianDay] {
        let stops = Dictionary(days.flatMap(\.stops).map { ($0.job.id, $0) }) { first, _ in first }
        return days.map { day in
            guard let v = model.technicians.firstIndex(where: { $0.id == day.technician.id }) else { return day }
            var trial = day
            let route = solution.routes[v]
            let ahead = route.visits.compactMap { visit -> TechnicianDay.Stop? in
                guard var stop = stops[model.jobs[visit.job].id] else { return nil }
                stop.visit = PlanVisit(technicianID: day.technician.id, sequence: 0, jobID: stop.job.id,
                                       plannedArrival: model.instant(visit.arrival), plannedStart: model.instant(visit.start),
                                       plannedEnd: model.instant(visit.end))
                return stop
            }
            trial.stops = day.stops.filter { behind.contains($0.job.id) } + ahead
            for k in trial.stops.indices { trial.stops[k].visit.sequence = k + 1 }
            if let rest = route.breaks.first { trial.plannedBreakStart = model.instant(rest.start) }
            return trial
        }
    }

    /// The plan technicians will work from: for each, the visits they have reached as `published`
    /// has them, then the re-planned ones (`ahead`). A technician already out keeps the morning's
    /// departure, and the break already behind them.
    static func merged(_ ahead: Plan, after published: Plan, behind: Set<String>, live: Set<String>, now: Date) -> Plan {
        var plan = ahead
        let technicianIDs = (published.routes.map(\.technicianID) + ahead.routes.map(\.technicianID)).reduce(into: [String]()) {
            if !$0.contains($1) { $0.append($1) }
        }
        plan.visits = []
        plan.routes = []
        for id in technicianIDs {
            let reached = published.visits(of: id).filter { behind.contains($0.jobID) }
            let visits = reached + ahead.visits(of: id)
            guard !visits.isEmpty else { continue }
            for (k, visit) in visits.enumerated() {
                var renumbered = visit
                renumbered.sequence = k + 1
                plan.visits.append(renumbered)
            }
            let old = published.routes.first { $0.technicianID == id }
            guard var route = ahead.routes.first(where: { $0.technicianID == id }) ?? old else { continue }
            if let old, live.contains(id) {
                route.departure = old.departure
                let taken = old.breaks.filter { $0.start < now }
                route.breaks = taken + route.breaks.filter { rest in !taken.contains { $0.intersects(rest) } }
            }
            plan.routes.append(route)
        }
        let placed = Set(plan.visits.map(\.jobID))
        plan.unassigned = ahead.unassigned + published.unassigned.filter { left in
            !placed.contains(left.jobID) && !ahead.unassigned.contains { $0.jobID == left.jobID }
        }
        return plan
    }
}
