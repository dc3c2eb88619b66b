import Foundation
import struct Routing.InsertionQuery
import struct Routing.Solution
import struct Routing.Solver
import struct Routing.SolverConfiguration
import PunctualCore

/// Finds the windows that can be promised for a job on a day, without breaking any promise
/// already made: each candidate window is tried as an insertion into the day's committed routes.
///
/// The day's commitments are the jobs with a promised window, those under way, and those its plan
/// (published, else the newest) routes; routes come from that plan, with promises made since
/// inserted greedily. Unbooked jobs no plan holds yet are not commitments.
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
            .filter { $0.onTimeProbability >= minimumOnTimeProbability ?? 1 - snapshot.settings.number(.atRiskLateProbability) }
            .sorted(by: WindowOffer.isBetter)
    }

    /// What trying `windows` for `job` on the day gives: the best insertion's offer, or the reason none exists.
    /// - Parameter explain: work out the reason for windows that cannot be offered (a full evaluation
    ///   of the day per window, so only when someone will read it).
    public func evaluate(_ job: Job, windows: [DateInterval], on snapshot: DaySnapshot,
                         now: Date, explain: Bool = true) throws -> [(offer: WindowOffer?, reason: String)] {
        guard !windows.isEmpty else { return [] }
        let commitments = Self.commitments(of: snapshot, excluding: job.id)
        let model = try DayModel(snapshot: snapshot, jobs: commitments, extraPoints: [job.location],
                                 extraParts: job.parts.map(\.part), notBefore: now > snapshot.dayStart ? now : nil) { points in
            travelTimes.matrix(for: points, settings: snapshot.settings).matrix
        }
        var routes = model.routes(of: snapshot.publishedPlan ?? snapshot.latestPlan)
        if Set(routes.joined()).count < model.jobs.count {
            // Commitments made since the plan: place them greedily, keeping the plan's order.
            routes = Solver(configuration: SolverConfiguration(timeLimit: nil, iterationLimit: nil))
                .solve(model.problem, startingFrom: routes).routes.map(\.jobs)
        }
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
        var results: [(offer: WindowOffer?, reason: String)] = []
        for (k, window) in windows.enumerated() {
            let j = model.jobs.count + k
            var best: WindowOffer?
            // A new promise must leave the visits after it the same margin the planner keeps.
            for insertion in query.insertions(of: j, into: routes)
            where insertion.slack >= margin && job.durationMinutes <= room[insertion.vehicle] {
                let offer = WindowOffer(job: job, window: window, insertion: insertion,
                                        route: insertion.vehicle < routes.count ? routes[insertion.vehicle] : [],
                                        location: model.extraLocations[0], model: model, problem: problem, spread: spread)
                if best == nil || WindowOffer.isBetter(offer, than: best!) { best = offer }
            }
            if let best {
                results.append((best, ""))
            } else if !explain {
                results.append((nil, ""))
            } else {
                var trial = routes
                trial += Array(repeating: [], count: max(0, problem.vehicles.count - trial.count))
                let cause = Solution(problem: problem, routes: trial).unassigned.first { $0.job == j }?.reason ?? .noRoom
                var promised = job
                promised.promisedWindow = window
                results.append((nil, explainer.reason(for: promised, cause)))
            }
        }
        return results
    }

    /// Minutes of work on `vehicle`'s route (none for a technician the plan leaves idle).
    static func bookedMinutes(_ routes: [[Int]], vehicle: Int, model: DayModel) -> Int {
        vehicle < routes.count ? routes[vehicle].reduce(0) { $0 + model.jobs[$1].durationMinutes } : 0
    }

    /// The jobs a new window must fit around: promised ones, those under way, and those the day's
    /// plan already routes (so offers see the day as it will really run, not an empty van).
    static func commitments(of snapshot: DaySnapshot, excluding id: String) -> [Job] {
        let planned = Set((snapshot.publishedPlan ?? snapshot.latestPlan)?.visits.map(\.jobID) ?? [])
        return Planner.plannableJobs(snapshot).plannable.filter {
            $0.id != id && ($0.promisedWindow != nil || $0.status.isUnderWayOrDone || planned.contains($0.id))
        }
    }

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
