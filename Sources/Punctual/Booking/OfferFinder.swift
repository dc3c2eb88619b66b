import Foundation
import struct Routing.Insertion
import struct Routing.InsertionQuery
import struct Routing.Solution
import struct Routing.Solver
import struct Routing.SolverConfiguration
import PunctualCore

/// Finds the windows that can be promised for a job on a day, without breaking any promise
/// already made: each candidate window is tried as an insertion into the day's committed routes.
///
/// The day's commitments are the jobs with a promised window, those under way, and those its
/// promise ledger or plan holds; routes come from the ledger (`DayCommitments`), with what it lacks
/// placed around it. Unbooked jobs neither holds yet are not commitments.
public struct OfferFinder: Sendable {
    /// Window length, minutes; nil uses the setting `booking.window_minutes`.
    public var widthMinutes: Int?
    /// Distance between candidate window starts, minutes (starts are aligned to it).
    public var stepMinutes: Int
    /// Offers below this on-time probability are not made; nil uses one less the setting
    /// `planning.at_risk_late_probability`, so an offer is never a promise already at risk.
    public var minimumOnTimeProbability: Double?
    public var travelTimes: TravelTimeSelection

    public init(widthMinutes: Int? = nil, stepMinutes: Int = 30, minimumOnTimeProbability: Double? = nil,
                travelTimes: TravelTimeSelection = TravelTimeSelection()) {
        self.widthMinutes = widthMinutes
        self.stepMinutes = stepMinutes
        self.minimumOnTimeProbability = minimumOnTimeProbability
        self.travelTimes = travelTimes
    }

    /// Every window of `snapshot`'s day that can be offered for `job`, best first.
    public func offers(for job: Job, on snapshot: DaySnapshot, now: Date) throws -> [WindowOffer] {
        let candidates = candidateWindows(for: job, on: snapshot, now: now)
        return try evaluate(job, windows: candidates, on: snapshot, now: now, explain: false)
            .compactMap { $0.offer }
            .filter { $0.onTimeProbability >= minimumOnTimeProbability ?? snapshot.settings.number(.minOnTimeProbability) }
            .sorted(by: WindowOffer.isBetter)
    }

    /// What trying `windows` for `job` on the day gives: the best insertion's offer, or the reason none exists.
    /// - Parameter explain: work out the reason for windows that cannot be offered (a full evaluation
    ///   of the day per window, so only when someone will read it).
    public func evaluate(_ job: Job, windows: [DateInterval], on snapshot: DaySnapshot,
                         now: Date, explain: Bool = true) throws -> [(offer: WindowOffer?, reason: String)] {
        try trial(job, windows: windows, on: snapshot, now: now, explain: explain).results.map { ($0.offer, $0.reason) }
    }

    /// Tries promising `window` for `job`: the offer it amounts to (or why there is none) and, when
    /// there is one, the day's promise ledger with the job inserted where the offer puts it.
    public func promising(_ job: Job, window: DateInterval, on snapshot: DaySnapshot,
                          now: Date) throws -> (offer: WindowOffer?, reason: String, commitments: DayCommitments?) {
        let trial = try trial(job, windows: [window], on: snapshot, now: now, explain: true)
        guard let result = trial.results.first else { return (nil, "no technician works then", nil) }
        guard let offer = result.offer, let insertion = result.insertion else { return (nil, result.reason, nil) }
        var routes: [String: [String]] = [:]
        for (v, technician) in trial.model.technicians.enumerated() {
            // The insertion's position counts the held choices on the route: insert first, then drop
            // them, since they reserve room while the ledger is tried but are not promises to keep.
            var ids = v < trial.routes.count ? trial.routes[v].map { trial.model.jobs[$0].id } : []
            if v == insertion.vehicle { ids.insert(job.id, at: min(insertion.position, ids.count)) }
            routes[technician.id] = ids.filter { !Self.isHold($0) }
        }
        return (offer, "", DayCommitments(date: snapshot.date, routes: routes))
    }

    /// One evaluation of the day: the committed routes the windows were tried against, and per window
    /// the best insertion with its offer, or the reason.
    struct Trial {
        var model: DayModel
        var routes: [[Int]]
        var results: [(offer: WindowOffer?, reason: String, insertion: Insertion?)]
    }

    func trial(_ job: Job, windows: [DateInterval], on snapshot: DaySnapshot, now: Date, explain: Bool) throws -> Trial {
        let commitments = Self.commitments(of: snapshot, excluding: job.id) + Self.holds(of: snapshot, excluding: job.id, now: now)
        let model = try DayModel(snapshot: snapshot, jobs: commitments, extraPoints: [job.location],
                                 extraParts: job.parts.map(\.part), notBefore: now > snapshot.dayStart ? now : nil) { points in
            travelTimes.matrix(for: points, settings: snapshot.settings).matrix
        }
        let routes = Self.committedRoutes(model)
        guard !windows.isEmpty else { return Trial(model: model, routes: routes, results: []) }
        let extras = windows.map { model.extraJob(job, extraLocation: 0, window: $0) }
        let problem = try model.problem(adding: extras)
        let query = InsertionQuery(problem: problem)
        let spread = snapshot.settings.arrivalSpread
        let explainer = UnassignedExplainer(model: model)
        let margin = Int(snapshot.settings.number(.promiseBufferMinutes) * 60)
        // Minutes of work each technician's day may still take: booked work may fill
        // `booking.max_fill_percent` of the shift less break, and the rest absorbs the day's overruns.
        let fill = snapshot.settings.number(.maxFillPercent) / 100
        let room = model.technicians.enumerated().map { v, technician in
            let shift = technician.shift.end.minutes - technician.shift.start.minutes - (technician.breakRule?.minutes ?? 0)
            return Int((Double(shift) * fill).rounded()) - Self.bookedMinutes(routes, vehicle: v, model: model)
        }
        var results: [(offer: WindowOffer?, reason: String, insertion: Insertion?)] = []
        for (k, window) in windows.enumerated() {
            let j = model.jobs.count + k
            var best: (offer: WindowOffer, insertion: Insertion)?
            // A new promise must leave the visits after it the same margin the planner keeps.
            for insertion in query.insertions(of: j, into: routes)
            where insertion.slack >= margin && job.durationMinutes <= room[insertion.vehicle] {
                let offer = WindowOffer(job: job, window: window, insertion: insertion,
                                        route: insertion.vehicle < routes.count ? routes[insertion.vehicle] : [],
                                        location: model.extraLocations[0], model: model, problem: problem, spread: spread)
                if best == nil || WindowOffer.isBetter(offer, than: best!.offer) { best = (offer, insertion) }
            }
            if let best {
                results.append((best.offer, "", best.insertion))
            } else if !explain {
                results.append((nil, "", nil))
            } else {
                var trial = routes
                trial += Array(repeating: [], count: max(0, problem.vehicles.count - trial.count))
                let cause = Solution(problem: problem, routes: trial).unassigned.first { $0.job == j }?.reason ?? .noRoom
                var promised = job
                promised.promisedWindow = window
                results.append((nil, explainer.reason(for: promised, cause), nil))
            }
        }
        return Trial(model: model, routes: routes, results: results)
    }

    /// The routes every commitment of `model` is held in: the promise ledger (else the published or
    /// newest plan), with commitments it lacks placed greedily in its order; when a promise then
    /// still has no place, a short search looks for one, so a new window is never tried against
    /// routes an earlier promise was pushed out of. A promise that no search places (an imported
    /// conflict, a technician gone) stays out: it is broken already, and the plan will say so.
    static func committedRoutes(_ model: DayModel) -> [[Int]] {
        let snapshot = model.snapshot
        var routes = snapshot.commitments.isEmpty
            ? model.routes(of: snapshot.publishedPlan ?? snapshot.latestPlan)
            : model.routes(of: snapshot.commitments)
        guard Set(routes.joined()).count < model.jobs.count else { return routes }
        let greedy = Solver(configuration: SolverConfiguration(timeLimit: nil, iterationLimit: nil))
            .solve(model.problem, startingFrom: routes)
        routes = greedy.routes.map(\.jobs)
        // Promises only: a held choice (`JOB#N`) is room to keep, never worth a real promise.
        let isPromise = { (j: Int) in model.jobs[j].promisedWindow != nil && !isHold(model.jobs[j].id) }
        guard greedy.unassigned.contains(where: { isPromise($0.job) }) else { return routes }
        let searched = Solver(configuration: SolverConfiguration(timeLimit: rescueSearchSeconds, iterationLimit: rescueSearchIterations))
            .solve(model.problem, startingFrom: routes)
        let broken = { (solution: Solution) in solution.unassigned.filter { isPromise($0.job) }.count }
        return broken(searched) < broken(greedy) ? searched.routes.map(\.jobs) : routes
    }

    /// Bounds of the search that looks for a place for a promise the greedy re-placement missed:
    /// iterations keep it reproducible, the time keeps an offer quick on a big day.
    static let rescueSearchIterations = 3000
    static let rescueSearchSeconds = 0.08

    /// Minutes of work on `vehicle`'s route (none for a technician the plan leaves idle).
    static func bookedMinutes(_ routes: [[Int]], vehicle: Int, model: DayModel) -> Int {
        vehicle < routes.count ? routes[vehicle].reduce(0) { $0 + model.jobs[$1].durationMinutes } : 0
    }

    /// The jobs a new window must fit around: promised ones, those under way, and those the day's
    /// plan already routes (so offers see the day as it will really run, not an empty van).
    static func commitments(of snapshot: DaySnapshot, excluding id: String) -> [Job] {
        let planned = Set((snapshot.publishedPlan ?? snapshot.latestPlan)?.visits.map(\.jobID) ?? []).union(snapshot.commitments.jobIDs)
        return Planner.plannableJobs(snapshot).plannable.filter {
            $0.id != id && ($0.promisedWindow != nil || $0.status.isUnderWayOrDone || planned.contains($0.id))
        }
    }

    /// The new times offered to other customers and still open, each as a visit to fit around (its
    /// own id `JOB#N`, the offered window as its promise): a customer choosing between three times
    /// must find each one still there. The job being offered or booked is not held against itself.
    static func holds(of snapshot: DaySnapshot, excluding id: String, now: Date) -> [Job] {
        snapshot.heldChoices.filter {
            $0.job.id != id && $0.choice.isOpen(at: now) && !$0.job.status.isUnderWayOrDone && $0.job.status != .cancelled
        }.map { held in
            var hold = held.job
            hold.id = "\(held.job.id)#\(held.choice.number)"
            hold.date = snapshot.date
            hold.promisedWindow = held.choice.window
            hold.status = .booked
            hold.availability = []
            return hold
        }
    }

    /// Whether `id` names a held choice rather than a job.
    static func isHold(_ id: String) -> Bool { id.contains("#") }

    /// Windows of `widthMinutes` (else the setting) starting every `stepMinutes` within the technicians' shifts, after
    /// the booking lead time, and inside the customer's availability (its local times of day, on
    /// any date) when the job has one.
    public func candidateWindows(for job: Job, on snapshot: DaySnapshot, now: Date) -> [DateInterval] {
        let calendar = snapshot.calendar
        let shifts = snapshot.technicians.filter { Set(job.skills).isSubset(of: $0.skills) }.map(\.shift)
        guard let first = shifts.map(\.start.minutes).min(), let last = shifts.map(\.end.minutes).max() else { return [] }
        let earliest = now.addingTimeInterval(snapshot.settings.number(.bookingLeadMinutes) * 60)
        let availability = job.availability.map { calendar.localRange($0) }
        let widthMinutes = self.widthMinutes ?? Int(snapshot.settings.number(.windowMinutes))
        var windows: [DateInterval] = []
        var start = (first + stepMinutes - 1) / stepMinutes * stepMinutes
        while start + widthMinutes <= last {
            let end = start + widthMinutes
            let fits = availability.isEmpty || availability.contains { $0.start.minutes <= start && end <= $0.end.minutes }
            let window = DateInterval(start: calendar.instant(snapshot.date, TimeOfDay(minutes: start)),
                                      end: calendar.instant(snapshot.date, TimeOfDay(minutes: end)))
            if fits && window.start >= earliest { windows.append(window) }
            start += stepMinutes
        }
        return windows
    }
}
