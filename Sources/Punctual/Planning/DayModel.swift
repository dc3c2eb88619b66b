import Foundation
import struct Routing.Break
import struct Routing.Job
import struct Routing.Problem
import struct Routing.Solver
import struct Routing.TimeWindow
import struct Routing.Vehicle
import PunctualCore

/// One date's routing problem, built from the business's technicians and jobs, with the maps
/// between the solver's indices and seconds and the business's ids and instants.
///
/// Each job takes its type's learned mean duration (the stated one until visits of the type have
/// been timed), and each trip the estimate at the roads' learned pace: a plan built on durations
/// the field does not keep is a promise already broken.
/// Promised windows are hard windows; a customer's availability bounds when an unbooked job may
/// start (service must end inside it); jobs under way or done on the published plan are each
/// technician's fixed prefix. A technician who starts at the depot loads what the day needs
/// there, so only other vans are limited to their stock, until they set off: a day re-planned
/// after that has only what their van went out with (its stock and what the morning's checklist
/// had them load) for any job it hands them.
public struct DayModel: Sendable {
    public let snapshot: DaySnapshot
    public let problem: Problem
    /// Technicians in vehicle order.
    public let technicians: [Technician]
    /// Jobs in problem order.
    public let jobs: [PunctualCore.Job]
    /// Part ids in dimension order: the parts the day's jobs need.
    public let partIDs: [String]
    /// Points of the travel matrix: the depot, technicians' starts and ends, jobs, then extras.
    public let points: [GeoPoint]
    public let matrix: TravelMatrix
    /// Per technician: starts at the depot, so can load parts there.
    public let startsAtDepot: [Bool]
    /// Per technician who started at the depot and has set off: what they loaded there this
    /// morning, by part (nil: not set off, or not a depot starter).
    public let loadedParts: [[String: Int]?]
    /// Matrix index of each extra point passed to `init`.
    public let extraLocations: [Int]
    /// Local midnight of the date; solver time 0.
    public let origin: Date
    /// Solver time before which no work not yet under way may start (0 for a day not begun).
    public let notBeforeSeconds: Int

    /// Routing priority of a promised job: above any amount of other work, so the search drops a
    /// promise only when it cannot be kept.
    static let promisedPriority = 1000
    /// Overtime costs this many times as much as driving time.
    static let overtimeCostPerSecond = 2
    /// A technician whose start is this close to the depot starts there, metres.
    static let depotRadiusMetres = 200.0

    /// Whether `technician` starts the day at `depot`, and so can load there what the van lacks.
    public static func startsAtDepot(_ technician: Technician, depot: GeoPoint) -> Bool {
        GreatCircleTravelTimes.greatCircleMetres(technician.start, depot) <= depotRadiusMetres
    }

    /// - Parameters:
    ///   - jobs: the jobs to plan, each of the snapshot's date; those under way or done must be on
    ///     the published plan (they become fixed prefixes).
    ///   - extraPoints: places beyond the jobs' (e.g. a job being offered) that later problems built
    ///     with `problem(adding:)` refer to.
    ///   - travel: computes the matrix over `points`.
    ///   - extraParts: parts beyond the jobs' that extra jobs may need, so they get a dimension.
    ///   - promiseBuffer: seconds by which promised windows close early for the search, so routes
    ///     keep a margin against a slow job or trip; jobs in `exactPromises` keep their exact window.
    ///   - buffers: by job id, a margin other than `promiseBuffer` for that promise, seconds.
    ///   - notBefore: now, when planning a day already begun: work not yet under way cannot start earlier.
    ///   - lateness: by job id, seconds past its promised window's end its work may still start: a
    ///     promise the day can no longer keep stays on a route, as little late as can be, rather
    ///     than the whole re-plan failing for it (its customer hears of it from the warning).
    ///   - overtime: the overtime allowed past a shift's end, seconds, instead of the business's
    ///     setting (a technician who must finish by their shift's end still does).
    ///   - live: by technician id, where the day of a technician already out stands: their route
    ///     starts there, when they are free, without the break when it is behind them and with what
    ///     their van still holds. Their visits reached so far are left out of `jobs` (except one
    ///     they are driving to, which stays first), so nothing behind them is re-timed.
    public init(snapshot: DaySnapshot, jobs: [PunctualCore.Job], extraPoints: [GeoPoint] = [], extraParts: [String] = [],
                promiseBuffer: Int = 0, exactPromises: Set<String> = [], buffers: [String: Int] = [:], notBefore: Date? = nil,
                lateness: [String: Int] = [:],
                overtime: Int? = nil, live: [String: LiveStart] = [:],
                travel: (_ points: [GeoPoint]) throws -> TravelMatrix) throws {
        self.snapshot = snapshot
        let technicians = snapshot.technicians
        let origin = snapshot.dayStart
        self.origin = origin
        let calendar = snapshot.calendar
        let depot = snapshot.business.depot

        let points = Self.points(of: snapshot, jobs: jobs, extraPoints: extraPoints, live: live)
        let t = technicians.count
        let startIndex = Array(1...max(1, t)).prefix(t).map { $0 }
        let endIndex = startIndex.map { $0 + t }
        let jobIndex = jobs.indices.map { 1 + 2 * t + $0 }
        let extraLocations = extraPoints.indices.map { 1 + 2 * t + jobs.count + $0 }
        let matrix = Self.atRoadPace(try travel(points), snapshot.roadPace)

        let partIDs = Array(Set(jobs.flatMap { $0.parts.map(\.part) } + extraParts)).sorted()
        let dimension = Dictionary(uniqueKeysWithValues: partIDs.enumerated().map { ($1, $0) })
        let depotStarters = technicians.map { Self.startsAtDepot($0, depot: depot) }
        let pace = snapshot.pace
        // Set off: the shift has begun by the time the day is re-planned.
        let morningLoads = Dictionary(snapshot.publishedPlan?.routes.map { route in
            (route.technicianID, Dictionary(route.checklist.map { ($0.part, $0.load) }, uniquingKeysWith: +))
        } ?? []) { first, _ in first }
        let loaded: [[String: Int]?] = technicians.enumerated().map { v, technician in
            guard depotStarters[v], let notBefore, notBefore >= calendar.instant(snapshot.date, technician.shift.start) else { return nil }
            return morningLoads[technician.id] ?? [:]
        }

        // Fixed prefixes: what the published plan's technicians have started or finished, in route order.
        let position = Dictionary(uniqueKeysWithValues: jobs.enumerated().map { ($1.id, $0) })
        var pinned = [Int?](repeating: nil, count: jobs.count)
        var prefixes = [[Int]](repeating: [], count: technicians.count)
        if let plan = snapshot.publishedPlan {
            for (v, technician) in technicians.enumerated() {
                for visit in plan.visits(of: technician.id) {
                    guard let j = position[visit.jobID], jobs[j].status.isUnderWayOrDone else { continue }
                    prefixes[v].append(j)
                    pinned[j] = v
                }
            }
        }

        let earliest = notBefore.map { max(0, seconds($0)) } ?? 0
        let maxOvertime = overtime ?? Int(snapshot.settings.number(.maxOvertimeMinutes) * 60)
        let dayStartSeconds = 0
        func seconds(_ date: Date) -> Int { Int(date.timeIntervalSince(origin).rounded()) }
        var vehicles: [Vehicle] = []
        for (v, technician) in technicians.enumerated() {
            let shift = calendar.interval(snapshot.date, technician.shift)
            var capacity = [Int](repeating: 0, count: partIDs.count)
            for (k, part) in partIDs.enumerated() {
                let stock = technician.stock.first { $0.part == part }?.quantity ?? 0
                let used = live[technician.id]?.partsUsed[part] ?? 0
                capacity[k] = loaded[v].map { max(0, stock + ($0[part] ?? 0) - used) } ?? (depotStarters[v] ? Int(Int32.max) : max(0, stock - used))
            }
            var breaks = technician.breakRule.map { rule in
                [Break(duration: rule.minutes * 60,
                       window: TimeWindow(start: seconds(calendar.instant(snapshot.date, rule.earliestStart)),
                                          end: seconds(calendar.instant(snapshot.date, rule.latestStart))))]
            } ?? []
            // A technician with nothing under way leaves no earlier than now; once their shift is
            // over, only overtime is left (job windows are clipped to now, so nothing is served earlier).
            var shiftWindow = TimeWindow(start: min(max(dayStartSeconds, seconds(shift.start), prefixes[v].isEmpty ? earliest : 0), seconds(shift.end)),
                                         end: seconds(shift.end))
            if let state = live[technician.id] {
                // One already out goes on from where they are when they are free, and a break still
                // ahead is taken from then, however late that is.
                let ready = seconds(state.readyAt)
                shiftWindow = TimeWindow(start: ready, end: max(ready, seconds(shift.end)))
                breaks = state.breakTaken ? [] : breaks.map { rest in
                    let opens = max(rest.window.start, ready)
                    return Break(duration: rest.duration, window: TimeWindow(start: opens, end: max(opens, rest.window.end)))
                }
            }
            vehicles.append(Vehicle(
                startLocation: startIndex[v], endLocation: endIndex[v],
                shift: shiftWindow,
                maxOvertime: technician.finishesByShiftEnd ? 0 : maxOvertime, overtimeCostPerSecond: Self.overtimeCostPerSecond,
                skills: Set(technician.skills), capacity: capacity, breaks: breaks, fixedPrefix: prefixes[v]))
        }

        notBeforeSeconds = earliest
        let routingJobs = jobs.enumerated().map { j, job in
            let service = Self.serviceSeconds(job, pace: pace)
            // A late allowance is a window closing later, not earlier.
            let buffer = lateness[job.id].map { -$0 } ?? (exactPromises.contains(job.id) ? 0 : buffers[job.id] ?? promiseBuffer)
            var windows = Self.windows(of: job, service: service, buffer: buffer, seconds: seconds)
            if earliest > 0 && pinned[j] == nil { windows = Self.clipped(windows, from: earliest) }
            // A visit a technician already out is driving to happens when they get there: it is not
            // the plan's to time, only to follow.
            if let v = pinned[j], live[technicians[v].id] != nil { windows = [] }
            return Self.routingJob(job, location: jobIndex[j], service: service, windows: windows, dimension: dimension,
                                   pinnedVehicle: pinned[j])
        }

        self.problem = try Problem(locationCount: points.count, durations: matrix.durations,
                                   distances: matrix.distances, jobs: routingJobs, vehicles: vehicles,
                                   costBasis: .duration)
        self.extraLocations = extraLocations
        self.technicians = technicians
        self.jobs = jobs
        self.partIDs = partIDs
        self.points = points
        self.matrix = matrix
        self.startsAtDepot = depotStarters
        self.loadedParts = loaded
    }

    /// The learned spread of job `index`'s duration (its coefficient of variation), or nil for a
    /// job the model was not built with.
    public func serviceCV(ofJob index: Int) -> Double? {
        guard jobs.indices.contains(index) else { return nil }
        let sigma = snapshot.pace.factor(for: jobs[index].type).sigma
        return (exp(sigma * sigma) - 1).squareRoot()
    }

    /// `matrix` with every trip taking `pace` times as long: the roads as technicians find them.
    static func atRoadPace(_ matrix: TravelMatrix, _ pace: Double) -> TravelMatrix {
        guard pace != 1 else { return matrix }
        return TravelMatrix(count: matrix.count, durations: matrix.durations.map { Int((Double($0) * pace).rounded()) },
                            distances: matrix.distances)
    }

    /// The time `job` is planned to take: its stated duration at its type's learned mean pace.
    static func serviceSeconds(_ job: PunctualCore.Job, pace: ServiceTimeModel) -> Int {
        Int((Double(job.durationMinutes * 60) * pace.factor(for: job.type).mean).rounded())
    }

    /// `job` as the solver sees it, at matrix index `location`, allowed to start in `windows`.
    static func routingJob(_ job: PunctualCore.Job, location: Int, service: Int, windows: [TimeWindow], dimension: [String: Int],
                           pinnedVehicle: Int? = nil) -> Routing.Job {
        var demand = [Int](repeating: 0, count: dimension.count)
        for part in job.parts { demand[dimension[part.part]!] += part.quantity }
        return Routing.Job(location: location, serviceDuration: service, windows: windows,
                           requiredSkills: Set(job.skills), demand: demand, priority: priority(of: job),
                           pinnedVehicle: pinnedVehicle)
    }

    /// `job` (whose location and parts were passed to `init` as extras) as an extra solver job
    /// allowed to start in `window`.
    public func extraJob(_ job: PunctualCore.Job, extraLocation: Int, window: DateInterval) -> Routing.Job {
        let dimension = Dictionary(uniqueKeysWithValues: partIDs.enumerated().map { ($1, $0) })
        return Self.routingJob(job, location: extraLocations[extraLocation], service: Self.serviceSeconds(job, pace: snapshot.pace),
                               windows: [TimeWindow(start: seconds(window.start), end: seconds(window.end))],
                               dimension: dimension)
    }

    /// `windows` (empty = any time) with everything before `earliest` cut off; when all are in the
    /// past, a window before any route starts, which no route can reach any more.
    static func clipped(_ windows: [TimeWindow], from earliest: Int) -> [TimeWindow] {
        if windows.isEmpty { return [TimeWindow(start: earliest, end: TimeWindow.unbounded.end)] }
        let open = windows.filter { $0.end >= earliest }.map { TimeWindow(start: max($0.start, earliest), end: $0.end) }
        return open.isEmpty ? [TimeWindow(start: -1, end: -1)] : open
    }

    /// The travel matrix's points, in index order: the depot, each technician's start, each
    /// technician's end, each job, each extra.
    /// - Parameter live: technicians already out start where they are.
    public static func points(of snapshot: DaySnapshot, jobs: [PunctualCore.Job], extraPoints: [GeoPoint] = [],
                              live: [String: LiveStart] = [:]) -> [GeoPoint] {
        [snapshot.business.depot] + snapshot.technicians.map { live[$0.id]?.location ?? $0.start } + snapshot.technicians.map(\.end)
            + jobs.map(\.location) + extraPoints
    }

    /// When service may start: inside the promised window; else so that it ends inside one of the
    /// customer's availability intervals (starting at its opening when the job is longer); else any time.
    static func windows(of job: PunctualCore.Job, service: Int, buffer: Int = 0, seconds: (Date) -> Int) -> [TimeWindow] {
        if let promised = job.promisedWindow {
            let start = seconds(promised.start)
            return [TimeWindow(start: start, end: max(start, seconds(promised.end) - buffer))]
        }
        return job.availability.map { interval in
            let start = seconds(interval.start)
            return TimeWindow(start: start, end: max(start, seconds(interval.end) - service))
        }
    }

    /// The solver's weight for leaving `job` out.
    static func priority(of job: PunctualCore.Job) -> Int {
        let base = switch job.priority {
        case .low: 1
        case .normal: 2
        case .high: 4
        case .emergency: 8
        }
        return job.promisedWindow == nil ? base : promisedPriority + base
    }

    /// Solver seconds of an instant.
    public func seconds(_ date: Date) -> Int { Int(date.timeIntervalSince(origin).rounded()) }

    /// The instant of solver seconds.
    public func instant(_ seconds: Int) -> Date { origin.addingTimeInterval(TimeInterval(seconds)) }

    /// Problem index of each job id.
    public var jobIndex: [String: Int] {
        Dictionary(uniqueKeysWithValues: jobs.enumerated().map { ($1.id, $0) })
    }

    /// Job lists per vehicle (problem indices) of `plan`'s routes, keeping only jobs of this model.
    public func routes(of plan: Plan?) -> [[Int]] {
        guard let plan else { return Array(repeating: [], count: technicians.count) }
        let index = jobIndex
        return technicians.map { technician in plan.visits(of: technician.id).compactMap { index[$0.jobID] } }
    }

    /// Job lists per vehicle (problem indices) of the promise ledger, keeping only jobs of this model.
    public func routes(of commitments: DayCommitments) -> [[Int]] {
        let index = jobIndex
        return technicians.map { technician in (commitments.routes[technician.id] ?? []).compactMap { index[$0] } }
    }

    /// The same problem with `extra` jobs appended (e.g. the windows an offer tries), whose
    /// locations index this model's points.
    public func problem(adding extra: [Routing.Job]) throws -> Problem {
        try problem.replacingJobs(problem.jobs + extra)
    }
}

extension JobStatus {
    /// The technician has set off, arrived, started or finished: the job is part of what happened.
    public var isUnderWayOrDone: Bool {
        switch self {
        case .enRoute, .arrived, .inProgress, .completed, .failed: true
        case .requested, .booked, .scheduled, .cancelled: false
        }
    }
}
