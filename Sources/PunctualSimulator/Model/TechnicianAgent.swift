import Foundation
import Punctual
import PunctualCore

/// One simulated technician working through their route: setting off (sometimes late), driving
/// with noisy trip times, waiting for windows to open and for doors to be opened, working at their
/// own hidden speed with the parts their van carries, taking their break, and reporting each step
/// (and a GPS fix every interval, with gaps) as a real technician's phone would.
///
/// The route is whatever the dispatcher last published for them: `assign(_:)` replaces the jobs
/// not yet started, as a re-dispatch does.
public struct TechnicianAgent: Sendable {
    public let technician: Technician
    /// Jobs still to visit, in order (the current one excluded).
    public private(set) var queue: [Job]
    public private(set) var position: GeoPoint
    /// Seconds past the shift end when the day finished (0 when on time); nil while working.
    public private(set) var overtimeSeconds: Int?
    /// When the technician reached each visited job's door.
    public private(set) var arrivals: [String: Date] = [:]
    /// Jobs finished on their visit.
    public private(set) var completed: Set<String> = []
    /// Jobs left unfinished because the van lacked a part they listed (a return visit the plan
    /// could have prevented), and because the diagnosis called for a part nobody listed.
    public private(set) var missingPart: Set<String> = []
    public private(set) var wrongPart: Set<String> = []
    /// Parts on the van, by part id: the morning's stock less what the day's jobs used.
    public private(set) var van: [String: Int]

    enum Activity: Sendable {
        case offShift
        case driving(to: Job?, from: GeoPoint, departed: Date, arrives: Date)
        case waiting(for: Job, until: Date)
        case working(on: Job, until: Date, finished: Bool)
        case resting(until: Date)
        case finished
    }

    private var activity: Activity = .offShift
    private var breakTaken = false
    /// The break the phone shows: after which job (nil: before the first) and when. The technician
    /// takes it there; without one, after the first job finishing once the break may start.
    public var plannedBreak: (after: String?, start: Date)?
    private var nextFix: Date
    /// GPS fixes are not recorded before this instant (a gap).
    private var gpsSilentUntil = Date.distantPast
    /// Keys the draws of each job's door, work and trip, so a job goes the same way whoever does it
    /// and whatever came before (`SimulationRandom(seed:key:)`).
    private let fieldSeed: UInt64
    private let noise: NoiseModel
    private let truth: FieldTruth
    private let dayFactor: Double
    private let midnight: Date
    private let travel: GreatCircleTravelTimes
    private let shift: DateInterval
    /// When the technician really sets off in the morning.
    private let firstDeparture: Date
    /// When work on the current job started.
    private var workStarted: Date?
    /// When the technician, past the job's stated duration, says how much longer it will be.
    private var overrunNotice: (at: Date, minutes: Int)?
    private let breakWindow: DateInterval?
    private let fixInterval: TimeInterval

    public init(technician: Technician, route: [Job], date: LocalDate, calendar: BusinessCalendar, truth: FieldTruth,
                travel: GreatCircleTravelTimes, random: SimulationRandom, fieldSeed: UInt64 = 0, fixInterval: TimeInterval = 30) {
        self.technician = technician
        queue = route
        position = technician.start
        noise = truth.noise
        self.truth = truth
        dayFactor = truth.dayTravelFactor(date)
        midnight = calendar.instant(date, .midnight)
        self.travel = travel
        var random = random
        self.fixInterval = fixInterval
        van = Dictionary(technician.stock.map { ($0.part, $0.quantity) }, uniquingKeysWith: +)
        shift = calendar.interval(date, technician.shift)
        firstDeparture = random.chance(truth.noise.lateStartChance)
            ? shift.start.addingTimeInterval((random.exponential(mean: truth.noise.lateStartMeanMinutes * 60)).rounded()) : shift.start
        self.fieldSeed = fieldSeed
        breakWindow = technician.breakRule.map {
            DateInterval(start: calendar.instant(date, $0.earliestStart), end: calendar.instant(date, $0.latestStart))
        }
        nextFix = shift.start
    }

    /// Loads the parts the checklist says to load at the depot.
    public mutating func load(_ checklist: [PartChecklistItem]) {
        for item in checklist where item.load > 0 { van[item.part, default: 0] += item.load }
    }

    /// A technician who has not set off yet sees a re-published day's checklist (a colleague called
    /// in sick, and their visits came here) and loads the van by it instead.
    public mutating func reload(_ checklist: [PartChecklistItem]) {
        guard case .offShift = activity else { return }
        van = Dictionary(technician.stock.map { ($0.part, $0.quantity) }, uniquingKeysWith: +)
        load(checklist)
    }

    /// The job being driven to, waited for or worked on, if any.
    public var currentJob: Job? {
        switch activity {
        case .driving(let job, _, _, _): job
        case .waiting(let job, _), .working(let job, _, _): job
        default: nil
        }
    }

    /// Whether the day is over.
    public var isFinished: Bool { if case .finished = activity { true } else { false } }

    /// Replaces the jobs not yet started (the current one stays), as a re-published plan does. A
    /// technician heading home (or home already) who is given work turns round at `now`, and so does
    /// one driving to a visit the new route no longer holds (its customer rebooked, or it was handed
    /// to someone else).
    public mutating func assign(_ route: [Job], at now: Date) -> [FieldEvent] {
        let current = currentJob?.id
        queue = route.filter { $0.id != current && !completed.contains($0.id) && arrivals[$0.id] == nil }
        var events: [FieldEvent] = []
        if case .driving(let job?, _, _, _) = activity, !route.contains(where: { $0.id == job.id }) {
            position = location(at: now)
            depart(at: now, into: &events)
            return events
        }
        guard !queue.isEmpty else { return events }
        switch activity {
        case .driving(nil, _, _, _):
            position = location(at: now)
            depart(at: now, into: &events)
        case .finished:
            overtimeSeconds = nil
            nextFix = now
            depart(at: now, into: &events)
        default:
            break
        }
        return events
    }

    /// Plays the day up to `time`, returning what the technician reported, in order.
    public mutating func advance(to time: Date) -> [FieldEvent] {
        var events: [FieldEvent] = []
        while let next = nextChange, next <= time {
            emitFixes(until: next, into: &events)
            step(at: next, into: &events)
        }
        emitFixes(until: time, into: &events)
        return events
    }

    /// When the activity next changes, or nil when nothing is pending.
    private var nextChange: Date? {
        switch activity {
        case .offShift: firstDeparture
        case .driving(_, _, _, let arrives): arrives
        case .working(_, let until, _): min(until, overrunNotice?.at ?? until)
        case .waiting(_, let until), .resting(let until): until
        case .finished: nil
        }
    }

    private mutating func step(at now: Date, into events: inout [FieldEvent]) {
        if let notice = overrunNotice, notice.at <= now, case .working(let job, let until, _) = activity, until > now {
            overrunNotice = nil
            events.append(FieldEvent(at: now, technicianID: technician.id, kind: .runningOver(job: job.id, minutes: notice.minutes)))
            return
        }
        switch activity {
        case .offShift, .resting:
            depart(at: now, into: &events)
        case let .driving(job, _, _, _):
            guard let job else {
                position = technician.end
                overtimeSeconds = max(0, Int(now.timeIntervalSince(shift.end)))
                activity = .finished
                return
            }
            position = job.location
            arrivals[job.id] = now
            events.append(FieldEvent(at: now, technicianID: technician.id, kind: .arrived(job: job.id)))
            var opens = job.promisedWindow?.start ?? job.availability.first?.start ?? now
            var door = SimulationRandom(seed: fieldSeed, key: "door \(job.id)")
            if door.chance(noise.accessDelayChance) {
                opens = max(opens, now.addingTimeInterval(door.exponential(mean: noise.accessDelayMeanMinutes * 60).rounded()))
            }
            if opens > now {
                activity = .waiting(for: job, until: opens)
            } else {
                start(job, at: now, into: &events)
            }
        case let .waiting(job, _):
            start(job, at: now, into: &events)
        case let .working(job, _, finished):
            workStarted = nil
            if finished {
                completed.insert(job.id)
                for part in job.parts { van[part.part, default: 0] -= part.quantity }
                events.append(FieldEvent(at: now, technicianID: technician.id, kind: .completed(job: job.id, partsUsed: job.parts)))
            } else {
                events.append(FieldEvent(at: now, technicianID: technician.id,
                                         kind: .unableToComplete(job: job.id, reason: "needs a second visit")))
            }
            if !breakTaken, let rule = technician.breakRule, breakIsDue(after: job.id, at: now) {
                breakTaken = true
                activity = .resting(until: now.addingTimeInterval(TimeInterval(rule.minutes * 60)))
            } else {
                depart(at: now, into: &events)
            }
        case .finished:
            break
        }
    }

    /// Whether the break is taken on finishing `jobID` at `now`: after the job the route names; at
    /// the first finish past the planned start if that job is no longer ahead; by the rule's earliest
    /// start when no break is planned.
    private func breakIsDue(after jobID: String, at now: Date) -> Bool {
        if let planned = plannedBreak {
            if planned.after == jobID { return true }
            let stillAhead = planned.after.map { after in queue.contains { $0.id == after } } ?? false
            return !stillAhead && now >= planned.start
        }
        guard let window = breakWindow else { return false }
        return now >= window.start
    }

    private mutating func start(_ job: Job, at now: Date, into events: inout [FieldEvent]) {
        events.append(FieldEvent(at: now, technicianID: technician.id, kind: .started(job: job.id)))
        workStarted = now
        var random = SimulationRandom(seed: fieldSeed, key: "work \(job.id)")
        var outcome = noise.service(type: job.type, mean: truth.meanServiceSeconds(job, technician: technician.id), random: &random)
        if outcome.wrongPart { wrongPart.insert(job.id) }
        // A listed part the van does not hold: the job is diagnosed, then waits for a second visit.
        if outcome.finished, job.parts.contains(where: { van[$0.part, default: 0] < $0.quantity }) {
            missingPart.insert(job.id)
            outcome.finished = false
            outcome.seconds = min(outcome.seconds, 20 * 60)
        }
        let until = now.addingTimeInterval(TimeInterval(outcome.seconds))
        activity = .working(on: job, until: until, finished: outcome.finished)
        // Past the stated duration with a good while still to go, they say so, as a rough estimate.
        let stated = now.addingTimeInterval(TimeInterval(job.durationMinutes * 60))
        let left = until.timeIntervalSince(stated)
        overrunNotice = left >= 15 * 60
            ? (stated, max(5, Int((left / 60 * exp(noise.workLeftEstimateSigma * random.normal()) / 5).rounded()) * 5)) : nil
    }

    /// Sets off for the next job, or home when there is none.
    private mutating func depart(at now: Date, into events: inout [FieldEvent]) {
        let next = queue.isEmpty ? nil : queue.removeFirst()
        let destination = next?.location ?? technician.end
        let planned = travel.trip(from: position, to: destination).seconds
        var random = SimulationRandom(seed: fieldSeed, key: "trip \(technician.id) \(next?.id ?? "home")")
        let seconds = noise.travelSeconds(planned: planned, secondsOfDay: secondsOfDay(now), dayFactor: dayFactor, random: &random)
        if random.chance(noise.gpsGapChance) {
            gpsSilentUntil = now.addingTimeInterval(random.exponential(mean: noise.gpsGapMeanMinutes * 60).rounded())
        }
        if let next { events.append(FieldEvent(at: now, technicianID: technician.id, kind: .enRoute(job: next.id))) }
        activity = .driving(to: next, from: position, departed: now, arrives: now.addingTimeInterval(TimeInterval(seconds)))
    }

    /// GPS fixes every `fixInterval` while on shift, interpolated along the current trip.
    private mutating func emitFixes(until time: Date, into events: inout [FieldEvent]) {
        while nextFix <= time {
            switch activity {
            case .offShift, .finished:
                nextFix = isFinished ? .distantFuture : max(nextFix, shift.start)
                if isFinished { return }
                if nextFix > time { return }
            default:
                break
            }
            if nextFix >= gpsSilentUntil {
                events.append(FieldEvent(at: nextFix, technicianID: technician.id, kind: .position(location(at: nextFix))))
            }
            nextFix = nextFix.addingTimeInterval(fixInterval)
        }
    }

    private func secondsOfDay(_ time: Date) -> Int { Int(time.timeIntervalSince(midnight)) }

    // MARK: What was knowable

    /// When the technician would reach each visit still ahead if, from `now` and their state now,
    /// every trip and every job took its true mean (the oracle the warnings are measured against:
    /// it knows the hidden biases and the day's roads, not the dice).
    public func projectedArrivals(at now: Date) -> [String: Date] {
        var arrivals: [String: Date] = [:]
        var time = now
        var here = position
        var breakAhead = !breakTaken
        func breakMinutes(after jobID: String?) -> Double {
            guard breakAhead, let rule = technician.breakRule else { return 0 }
            let due = plannedBreak.map { $0.after == jobID } ?? (breakWindow.map { time >= $0.start } ?? false)
            guard due else { return 0 }
            breakAhead = false
            return Double(rule.minutes * 60)
        }
        /// Working `job` from `start` (already `done` seconds of it) at its true mean, then the break if it is due there.
        func work(_ job: Job, from start: Date, done: TimeInterval = 0) {
            time = start + max(0, Double(truth.meanServiceSeconds(job, technician: technician.id)) - done)
            time += breakMinutes(after: job.id)
        }
        /// At `job`'s door at `arrival`: it is worked once its window opens.
        func reach(_ job: Job, at arrival: Date) {
            arrivals[job.id] = arrival
            here = job.location
            work(job, from: max(arrival, job.promisedWindow?.start ?? arrival))
        }
        func trip(from origin: GeoPoint, to destination: GeoPoint, departing: Date) -> Date {
            departing + noise.meanTravelSeconds(planned: travel.trip(from: origin, to: destination).seconds,
                                                secondsOfDay: secondsOfDay(departing), dayFactor: dayFactor)
        }
        switch activity {
        case .offShift:
            time = max(now, firstDeparture)
        case let .driving(job, _, _, _):
            let arrival = trip(from: location(at: now), to: job?.location ?? technician.end, departing: now)
            guard let job else { return arrivals }
            reach(job, at: arrival)
        case let .waiting(job, until):
            work(job, from: max(now, until))
        case let .working(job, _, _):
            work(job, from: now, done: workStarted.map { now.timeIntervalSince($0) } ?? 0)
        case let .resting(until):
            breakAhead = false
            time = max(now, until)
        case .finished:
            return arrivals
        }
        for job in queue { reach(job, at: trip(from: here, to: job.location, departing: time)) }
        return arrivals
    }

    private func location(at time: Date) -> GeoPoint {
        guard case let .driving(job, from, departed, arrives) = activity else { return position }
        let to = job?.location ?? technician.end
        let span = arrives.timeIntervalSince(departed)
        let f = span <= 0 ? 1 : min(1, max(0, time.timeIntervalSince(departed) / span))
        return GeoPoint(latitude: from.latitude + (to.latitude - from.latitude) * f,
                        longitude: from.longitude + (to.longitude - from.longitude) * f)
    }
}
