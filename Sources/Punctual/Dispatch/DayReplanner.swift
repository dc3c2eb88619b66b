import Foundation
import struct Routing.InsertionQuery
import struct Routing.RouteEvaluator
import struct Routing.Problem
import struct Routing.Solution
import struct Routing.Solver
import struct Routing.SolverConfiguration
import PunctualCore

/// Plans a day again after a change made by hand — an absence, a change of shift, a cancelled or
/// edited visit — moving as little as it can, and publishes it; `Publisher` tells exactly the
/// customers `PlanChanges` names (a new technician, a promise that cannot be kept).
public struct DayReplanner: Sendable {
    public var planner: Planner
    public var publisher: Publisher

    public init(planner: Planner = Planner(options: PlanningOptions(timeLimit: 2)), publisher: Publisher = Publisher()) {
        self.planner = planner
        self.publisher = publisher
    }

    /// Adjusts `date`'s plan to a change (an absence, a shorter shift, a cancelled or longer visit)
    /// disturbing as little as possible, and publishes it: every route keeps its order (a route that
    /// no longer works gives up the visits that break it), the visits left without a
    /// technician are inserted where they cost least, and only when that loses a promise does a
    /// short search move other visits to keep it. Whoever's technician changes is told; a promise
    /// nobody can keep goes to its customer with new times. Starts from the published plan, else the
    /// ledger; nil when the date has neither (nothing was planned or promised yet), when it is past
    /// or its shifts are over (nothing can be served any more), or when nothing would change.
    @discardableResult
    public func adjust(_ date: LocalDate, store: Store, now: Date, actor: String, reason: String) throws -> (plan: Plan, report: Publisher.Report)? {
        let snapshot = try store.daySnapshot(on: date)
        guard snapshot.publishedPlan != nil || !snapshot.commitments.isEmpty else { return nil }
        let lastShiftEnd = snapshot.technicians.map(\.shift.end).max() ?? .midnight
        guard now < snapshot.calendar.instant(date, lastShiftEnd) else { return nil }
        let (model, solution, travelSource) = try settle(snapshot, now: now)
        let adjusted = Planner.assemble(solution, model: model, createdAt: now, travelSource: travelSource, warnings: ["adjusted: \(reason)"])
        if let published = snapshot.publishedPlan, Self.sameVisits(published, adjusted) { return nil }
        let plan = try store.savePlan(adjusted)
        return (plan, try publisher.publish(planID: plan.id!, store: store, now: now, actor: actor, reason: reason))
    }

    /// `snapshot`'s day settled from its published plan (else its ledger) with as few moves as can
    /// be (`LeastChange`): what `adjust` publishes, and what a change to a promised visit is checked against.
    ///
    /// The margins the plan keeps before each promise's window closes (`planning.wide_buffer_minutes`,
    /// else `planning.promise_buffer_minutes`) are kept where the routes had them: a day settled at
    /// the exact windows fills every gap the change opened right up to the windows' ends, and the
    /// first slow job then makes the rest late. A promise keeps the widest margin its route already
    /// gives it (a margin never costs a move), and one that cannot have it any more is tried again
    /// with its exact window.
    public func settle(_ snapshot: DaySnapshot, now: Date) throws -> (model: DayModel, solution: Solution, travelSource: String) {
        let jobs = Planner.plannableJobs(snapshot).plannable
        let resolved = planner.travelTimes.matrix(for: DayModel.points(of: snapshot, jobs: jobs), settings: snapshot.settings)
        let notBefore = now > snapshot.dayStart ? now : nil
        func model(margins: [String: Int], exactOnes: Set<String>) throws -> DayModel {
            try DayModel(snapshot: snapshot, jobs: jobs, exactPromises: exactOnes, buffers: margins, notBefore: notBefore) { _ in resolved.matrix }
        }
        let routes = { (model: DayModel) in snapshot.publishedPlan.map { model.routes(of: $0) } ?? model.routes(of: snapshot.commitments) }
        // The search runs only for a promise the routes held and inserting lost, not for one the
        // published plan had already left out (that one is told already; searching would only move others).
        let held = Set(snapshot.publishedPlan?.visits.map(\.jobID) ?? Array(snapshot.commitments.jobIDs))
        let lost = { (model: DayModel, solution: Solution) in
            Set(solution.unassigned.map { model.jobs[$0.job] }.filter { held.contains($0.id) && $0.promisedWindow != nil }.map(\.id))
        }
        // All the searches of one adjust share one cap (what a single search had before); the
        // iterations normally end them far sooner.
        let deadline = ContinuousClock.now + .seconds(Self.rescueSecondsCap)
        func settled(_ model: DayModel, searching: Bool) -> Solution {
            let change = LeastChange(model: model, current: routes(model), iterations: Self.rescueIterations, seed: planner.options.seed,
                                     deadline: deadline)
            var best = change.inserted(published: snapshot.publishedPlan)
            guard searching, !lost(model, best).isEmpty else { return best }
            let troubled = Set(best.unassigned.map(\.job))
            if let found = change.searched(from: best, troubled: troubled), lost(model, found).count < lost(model, best).count { best = found }
            if !lost(model, best).isEmpty, let found = change.searched(from: best, troubled: nil),
               lost(model, found).count < lost(model, best).count { best = found }
            return change.movedBack(best)
        }

        let exact = try model(margins: [:], exactOnes: [])
        let kept = Self.marginsKept(routes(exact), model: exact, margins: [snapshot.settings.number(.wideBufferMinutes), snapshot.settings.number(.promiseBufferMinutes)]
            .map { Int($0 * 60) })
        guard kept.values.contains(where: { $0 > 0 }) else { return (exact, settled(exact, searching: true), resolved.source.description) }
        // First everyone keeps their margin and their own visits, by insertion alone; then the
        // promises that cannot keep their margin any more keep their exact window, and only there
        // may a search move visits (a search over a big day costs far more than the margins save).
        let buffered = try model(margins: kept, exactOnes: [])
        let first = settled(buffered, searching: false)
        let lostFirst = lost(buffered, first)
        guard !lostFirst.isEmpty else { return (buffered, first, resolved.source.description) }
        let retry = try model(margins: kept, exactOnes: lostFirst)
        let second = settled(retry, searching: true)
        return lost(retry, second).count < lostFirst.count ? (retry, second, resolved.source.description)
            : (buffered, first, resolved.source.description)
    }

    /// By promised job id, the widest of `margins` (seconds) that `routes` keep before its window
    /// closes, on the exact windows of `model`; 0 for a promise reached inside all of them or not at all.
    static func marginsKept(_ routes: [[Int]], model: DayModel, margins: [Int]) -> [String: Int] {
        let solution = Solution(problem: model.problem, routes: routes)
        var reached: [Int: Int] = [:]
        for route in solution.routes { for visit in route.visits { reached[visit.job] = visit.arrival } }
        var kept: [String: Int] = [:]
        for (j, job) in model.jobs.enumerated() {
            guard let window = job.promisedWindow else { continue }
            let slack = reached[j].map { model.seconds(window.end) - $0 } ?? -1
            kept[job.id] = margins.filter { $0 > 0 && slack >= $0 }.max() ?? 0
        }
        return kept
    }

    /// `route` with the visits that stop it working taken off (a shift cut short, a visit moved to
    /// another window or made longer): one at a time, the one whose removal makes it work — a visit
    /// whose promise has moved first, then one without a promise, then any — else the last.
    static func workable(_ route: [Int], vehicle v: Int, model: DayModel, published: Plan?, evaluator: RouteEvaluator) -> [Int] {
        var route = route
        let fixed = model.problem.vehicles[v].fixedPrefix.count
        func works(_ jobs: [Int]) -> Bool { evaluator.isFeasible(vehicle: v, jobs: jobs) }
        let plannedStart = Dictionary(uniqueKeysWithValues: (published?.visits ?? []).map { ($0.jobID, $0.plannedStart) })
        func moved(_ j: Int) -> Bool {
            // Planned to begin at a time its promise no longer holds.
            let job = model.jobs[j]
            guard let window = job.promisedWindow, let start = plannedStart[job.id] else { return false }
            return !(window.start...window.end).contains(start)
        }
        while route.count > fixed && !works(route) {
            let fixes = (fixed..<route.count).filter { k in works(route.enumerated().filter { $0.offset != k }.map(\.element)) }
            let pick = fixes.first { moved(route[$0]) } ?? fixes.first { model.jobs[route[$0]].promisedWindow == nil } ?? fixes.first ?? route.count - 1
            route.remove(at: pick)
        }
        return route
    }

    /// Whether two plans send every technician to the same visits at the same times.
    static func sameVisits(_ a: Plan, _ b: Plan) -> Bool {
        let key = { (plan: Plan) in plan.visits.map { "\($0.technicianID)|\($0.sequence)|\($0.jobID)|\(Int($0.plannedArrival.timeIntervalSince1970))" }.sorted() }
        return key(a) == key(b)
    }

    /// The promised jobs `solution` leaves out.
    public static func brokenPromises(_ solution: Solution, model: DayModel) -> Int {
        solution.unassigned.filter { model.jobs[$0.job].promisedWindow != nil }.count
    }

    /// The routes with every visit they lack inserted where it costs least, the routes' order kept.
    static func insert(_ problem: Problem, _ routes: [[Int]]) -> Solution {
        Solver(configuration: SolverConfiguration(timeLimit: nil, iterationLimit: nil)).solve(problem, startingFrom: routes)
    }

    /// Places each promise `solution` leaves out by taking a visit without a promise off a route
    /// (the cheapest such trade); the visit taken off then goes wherever it still fits. Moves one
    /// visit per promise kept, where a search would move many.
    static func makeRoomForPromises(_ solution: Solution, model: DayModel) -> Solution {
        let problem = model.problem
        let query = InsertionQuery(problem: problem)
        let evaluator = RouteEvaluator(problem: problem)
        var routes = solution.routes.map(\.jobs)
        var traded = false
        for left in solution.unassigned where model.jobs[left.job].promisedWindow != nil {
            var best: (routes: [[Int]], cost: Int)?
            for v in routes.indices {
                let fixed = problem.vehicles[v].fixedPrefix.count
                for k in routes[v].indices where k >= fixed && model.jobs[routes[v][k]].promisedWindow == nil {
                    var trial = routes
                    trial[v].remove(at: k)
                    guard let insertion = query.insertions(of: left.job, into: trial, vehicle: v).first,
                          best.map({ insertion.addedCost < $0.cost }) ?? true else { continue }
                    trial[v].insert(left.job, at: insertion.position)
                    if evaluator.isFeasible(vehicle: v, jobs: trial[v]) { best = (trial, insertion.addedCost) }
                }
            }
            if let best {
                routes = best.routes
                traded = true
            }
        }
        return traded ? insert(problem, routes) : solution
    }

    /// The rescue search's bound when inserting alone loses a promise.
    static let rescueIterations = 2000
    static let rescueSecondsCap = 10.0

    /// The days a change to `technicianID` from `date` on can disturb: those with a published plan
    /// or a ledger that holds one of their visits.
    public func affectedDates(technicianID: String, from date: LocalDate, store: Store) throws -> [LocalDate] {
        var dates = Set(try store.publishedDates(from: date))
        for day in try store.ledgerDates(from: date, technician: technicianID) { dates.insert(day) }
        return dates.sorted()
    }
}
