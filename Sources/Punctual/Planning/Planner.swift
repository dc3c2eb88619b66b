import Foundation
import struct Routing.Solution
import struct Routing.Solver
import struct Routing.SolverConfiguration
import struct Routing.SolverProgress
import PunctualCore

/// Plans one date: builds the day's routing problem, searches, and turns the best solution into a
/// `Plan` with routes, breaks, parts checklists, and a reason for every job left out.
public struct Planner: Sendable {
    public var options: PlanningOptions
    /// Computes travel matrices; the business's settings choose the embedded estimate or a service.
    public var travelTimes: TravelTimeSelection

    public init(options: PlanningOptions = PlanningOptions(), travelTimes: TravelTimeSelection = TravelTimeSelection()) {
        self.options = options
        self.travelTimes = travelTimes
    }

    /// What a planning run produced: the plan to store, and the model and solution behind it.
    public struct Result: Sendable {
        public var plan: Plan
        public var model: DayModel
        public var solution: Solution
    }

    /// Plans `snapshot`'s date as of `now`, starting from its latest plan so small changes make small
    /// moves. A day whose shifts have all ended is refused (`PlanningError.dayIsOver`): nothing can
    /// be served any more, and an empty plan would only hide that.
    public func plan(_ snapshot: DaySnapshot, now: Date,
                     progress: (@Sendable (SolverProgress) -> Void)? = nil) throws -> Result {
        let started = ContinuousClock.now
        if let lastShiftEnd = snapshot.technicians.map(\.shift.end).max(), now >= snapshot.calendar.instant(snapshot.date, lastShiftEnd) {
            let local = snapshot.calendar.local(now)
            throw PlanningError.dayIsOver(date: snapshot.date, lastShiftEnd: lastShiftEnd, now: "\(local.date) \(local.time)")
        }
        var warnings: [String] = []
        let (jobs, left) = Self.plannableJobs(snapshot)
        for job in left {
            warnings.append("\(job.id) is \(job.status.rawValue) but on no published plan's route; it is left out of planning")
        }
        var source = ""
        let resolved = travelTimes.matrix(for: DayModel.points(of: snapshot, jobs: jobs), settings: snapshot.settings)
        source = resolved.source.description
        if let warning = resolved.warning { warnings.append(warning) }
        // First with a margin before each promised window closes (the wide one, when set, then the
        // plain one); promises that cannot have it are planned again with the next, and at last with
        // their exact window, so a margin never costs a promise. The wide margin is off by default:
        // as hard windows it made the search lose promises it then had to keep at their exact end,
        // and the simulated days came out later (README); a margin as a cost is the next thing to try.
        let buffer = Int(snapshot.settings.number(.promiseBufferMinutes) * 60)
        let wide = Int(snapshot.settings.number(.wideBufferMinutes) * 60)
        let notBefore = now > snapshot.dayStart ? now : nil
        let margins = Set([wide, buffer, 0]).sorted(by: >)
        var narrowed: [String: Int] = [:]
        var model = try DayModel(snapshot: snapshot, jobs: jobs, promiseBuffer: margins[0], notBefore: notBefore) { _ in resolved.matrix }
        // The time limit covers the whole run: setup is taken off, and shares are kept for the retries
        // and for assembling the plan (2 %).
        let remaining = { max(0.2, options.timeLimit * 0.98 - (ContinuousClock.now - started).timeInterval) }
        // The search starts from the promise ledger, which keeps every promise booking accepted;
        // any promise costs more than all routing, so the search only trades away what it can spare.
        let start = snapshot.commitments.isEmpty ? model.routes(of: snapshot.latestPlan) : model.routes(of: snapshot.commitments)
        var solution = solver(limit: remaining() * (margins.count > 1 ? 0.85 : 1), progress: progress)
            .solve(model.problem, startingFrom: start)
        for (step, margin) in margins.enumerated().dropFirst() {
            let tight = solution.unassigned.map { model.jobs[$0.job] }.filter { $0.promisedWindow != nil }.map(\.id)
            guard !tight.isEmpty else { break }
            for id in tight { narrowed[id] = margin }
            let routes = solution.routes.map(\.jobs)
            model = try DayModel(snapshot: snapshot, jobs: jobs, promiseBuffer: margins[0], buffers: narrowed,
                                 notBefore: notBefore) { _ in resolved.matrix }
            solution = solver(limit: remaining() * (step == margins.count - 1 ? 1 : 0.5), progress: progress)
                .solve(model.problem, startingFrom: routes)
        }
        // A plan never keeps fewer of the ledger's promises than the ledger: if the search lost one,
        // plan again from the ledger with every promise exact, else take the ledger's own routes.
        let ledgerPromises = Self.ledgerPromises(snapshot, jobs: jobs)
        if !Self.broken(ledgerPromises, by: solution, model: model).isEmpty {
            let exact = try DayModel(snapshot: snapshot, jobs: jobs, promiseBuffer: margins[0], exactPromises: Set(ledgerPromises),
                                     buffers: narrowed, notBefore: notBefore) { _ in resolved.matrix }
            let ledgerRoutes = exact.routes(of: snapshot.commitments)
            var retry = solver(limit: remaining(), progress: progress).solve(exact.problem, startingFrom: ledgerRoutes)
            if !Self.broken(ledgerPromises, by: retry, model: exact).isEmpty {
                // The ledger's own routes, but only where they still work (a day under way can
                // have moved past them): an infeasible route would only hide the broken promise.
                let own = Solution(problem: exact.problem, routes: ledgerRoutes)
                if own.isFeasible { retry = own }
            }
            let promises = Set(jobs.filter { $0.promisedWindow != nil }.map(\.id))
            let keptBefore = promises.subtracting(solution.unassigned.map { model.jobs[$0.job].id }).count
            let keptAfter = promises.subtracting(retry.unassigned.map { exact.jobs[$0.job].id }).count
            if Self.broken(ledgerPromises, by: retry, model: exact).count < Self.broken(ledgerPromises, by: solution, model: model).count
                && keptAfter >= keptBefore {
                (model, solution) = (exact, retry)
            }
        }
        let plan = Self.assemble(solution, model: model, createdAt: now, travelSource: source, warnings: warnings)
        return Result(plan: plan, model: model, solution: solution)
    }

    /// Plans `snapshot`'s date, stores the plan as a new version and, with `publish`, makes it the
    /// one technicians see (telling the customers of any promise it cannot keep, `Publisher`): what
    /// `punctual plan --publish`, the simulator's mornings and the offer benchmark do. Returns the
    /// stored plan (with its id, version and state).
    public func planAndStore(_ snapshot: DaySnapshot, in store: Store, now: Date, publish: Bool, publisher: Publisher = Publisher(),
                             progress: (@Sendable (SolverProgress) -> Void)? = nil) throws -> Plan {
        var plan = try store.savePlan(try self.plan(snapshot, now: now, progress: progress).plan)
        if publish, let id = plan.id {
            try publisher.publish(planID: id, store: store, now: now)
            plan.state = .published
        }
        return plan
    }

    /// The promised jobs of the ledger that this day's plan covers.
    static func ledgerPromises(_ snapshot: DaySnapshot, jobs: [Job]) -> [String] {
        let held = snapshot.commitments.jobIDs
        return jobs.filter { $0.promisedWindow != nil && held.contains($0.id) }.map(\.id)
    }

    /// Which of `promises` `solution` leaves out.
    static func broken(_ promises: [String], by solution: Solution, model: DayModel) -> Set<String> {
        Set(solution.unassigned.map { model.jobs[$0.job].id }).intersection(promises)
    }

    private func solver(limit: Double, progress: (@Sendable (SolverProgress) -> Void)?) -> Solver {
        Solver(configuration: SolverConfiguration(timeLimit: limit, iterationLimit: options.iterationLimit, seed: options.seed),
               progress: progress)
    }

    /// The jobs a plan covers: everything not closed, plus what happened on the published plan
    /// (fixed prefixes). Jobs under way that no published route holds cannot be placed and are
    /// returned separately for a warning.
    public static func plannableJobs(_ snapshot: DaySnapshot) -> (plannable: [Job], left: [Job]) {
        let onPublished = Set(snapshot.publishedPlan?.visits.map(\.jobID) ?? [])
        var plannable: [Job] = [], left: [Job] = []
        for job in snapshot.jobs {
            if !job.status.isUnderWayOrDone {
                plannable.append(job)
            } else if onPublished.contains(job.id) {
                plannable.append(job)
            } else if !job.status.isClosed {
                left.append(job)
            }
        }
        return (plannable, left)
    }

    /// The solution as a storable plan (not yet saved: no id or version).
    static func assemble(_ solution: Solution, model: DayModel, createdAt: Date, travelSource: String,
                         warnings: [String]) -> Plan {
        var visits: [PlanVisit] = []
        var routes: [PlanRoute] = []
        for route in solution.routes where !route.isEmpty {
            let technician = model.technicians[route.vehicle]
            for (k, visit) in route.visits.enumerated() {
                visits.append(PlanVisit(technicianID: technician.id, sequence: k + 1, jobID: model.jobs[visit.job].id,
                                        plannedArrival: model.instant(visit.arrival), plannedStart: model.instant(visit.start),
                                        plannedEnd: model.instant(visit.end)))
            }
            let vehicle = model.problem.vehicles[route.vehicle]
            var distance = 0
            var at = vehicle.startLocation
            for visit in route.visits {
                let next = model.problem.jobs[visit.job].location
                distance += model.matrix.distance(from: at, to: next)
                at = next
            }
            distance += model.matrix.distance(from: at, to: vehicle.endLocation)
            routes.append(PlanRoute(
                technicianID: technician.id, departure: model.instant(route.departure), end: model.instant(route.endTime),
                travelSeconds: route.travelDuration, distanceMetres: distance, overtimeSeconds: route.overtime,
                breaks: route.breaks.map { DateInterval(start: model.instant($0.start), end: model.instant($0.end)) },
                checklist: PartsChecklist.items(for: route.visits.map { model.jobs[$0.job] }, technician: technician,
                                                startsAtDepot: model.startsAtDepot[route.vehicle],
                                                loaded: model.loadedParts[route.vehicle])))
        }
        let explainer = UnassignedExplainer(model: model)
        let rescue = PromiseRescue(model: model)
        let jobLists = solution.routes.map(\.jobs)
        let unassigned = solution.unassigned.map { left in
            let job = model.jobs[left.job]
            let promised = job.promisedWindow != nil
            return UnassignedJob(jobID: job.id, reason: explainer.reason(for: job, left.reason), brokenPromise: promised,
                                 proposal: promised ? rescue.proposal(for: left.job, routes: jobLists) : nil)
        }
        return Plan(date: model.snapshot.date, version: 0, state: .draft, createdAt: createdAt, cost: Double(solution.cost),
                    visits: visits, unassigned: unassigned, routes: routes, travelSource: travelSource, warnings: warnings)
    }
}
