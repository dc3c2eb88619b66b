import Foundation
import struct Routing.Break
import struct Routing.Job
import struct Routing.Problem
import struct Routing.StartState
import struct Routing.TimeWindow
import struct Routing.Vehicle
import PunctualCore

/// The rest of a technician's day as a one-vehicle `Routing.Problem`: the travel matrix over
/// [where the technician is now, each upcoming visit, the end location], the upcoming visits as
/// jobs in route order, and the start state (now, service left at the current visit, breaks taken).
///
/// Times inside are seconds from `origin`, the local midnight of the plan's date.
public struct RemainingRouteProblem: Sendable {
    /// The visit the technician is on site for (arrived or working), if any.
    public let current: TechnicianDay.Stop?
    /// Service expected to remain at the current visit, seconds.
    public let expectedRemainingService: Int
    /// Service already done at the current visit, seconds.
    public let elapsedService: Int
    /// What is left at the current visit by the technician's own latest word ("about N more
    /// minutes", less the time since), seconds; nil when they have not said.
    public let reportedRemainingService: Int?
    /// Stops still to be reached, in route order; job `i` of `problem` is `upcoming[i]`.
    public let upcoming: [TechnicianDay.Stop]
    /// Where the technician is taken to be now: on site, at the latest fix, at the last visit
    /// finished, else at their start. Matrix index 0 of `problem`.
    public let here: GeoPoint
    public let problem: Problem
    public let start: StartState
    /// The instant times are counted from.
    public let origin: Date

    /// - Parameters:
    ///   - model: the learned service times, whose medians become the jobs' expected durations.
    public init(day: TechnicianDay, now: Date, calendar: BusinessCalendar, travelTimes: any TravelTimeProvider,
                model: ServiceTimeModel, policy: TrackingPolicy) throws {
        let origin = calendar.instant(day.date, .midnight)
        let open = day.stops.filter { !$0.job.status.isClosed }
        let onSite = open.first { $0.job.status == .arrived || $0.job.status == .inProgress }
        let upcoming = open.filter { $0.job.id != onSite?.job.id && $0.job.status != .arrived && $0.job.status != .inProgress }
        let shift = calendar.interval(day.date, day.technician.shift)

        let here: GeoPoint
        if let onSite {
            here = onSite.job.location
        } else if let fix = day.lastFix, fix.at >= origin {
            here = fix.location
        } else if let lastDone = day.stops.last(where: { $0.job.status.isClosed }) {
            here = lastDone.job.location
        } else {
            here = day.technician.start
        }
        let matrix = try travelTimes.matrix(for: [here] + upcoming.map(\.job.location) + [day.technician.end])

        func seconds(_ date: Date) -> Int { Int(date.timeIntervalSince(origin).rounded()) }
        let jobs = upcoming.enumerated().map { index, stop in
            Routing.Job(location: index + 1,
                serviceDuration: Int((Double(stop.job.durationMinutes * 60) * model.factor(for: stop.job.type, technician: day.technician.id).median).rounded()),
                windows: stop.job.promisedWindow.map { [TimeWindow(start: seconds($0.start), end: seconds($0.end))] } ?? [])
        }
        // The break is forecast no earlier than the plan puts it, which is where the route shows it
        // and where it will be taken; without a planned one, anywhere the rule allows.
        let breaks: [Break] = day.technician.breakRule.map { rule -> [Break] in
            let earliest = seconds(calendar.instant(day.date, rule.earliestStart))
            let latest = seconds(calendar.instant(day.date, rule.latestStart))
            let planned = day.plannedBreakStart.map(seconds).map { min(max($0, earliest), latest) } ?? earliest
            return [Break(duration: rule.minutes * 60, window: TimeWindow(start: planned, end: latest))]
        } ?? []
        let vehicle = Vehicle(startLocation: 0, endLocation: upcoming.count + 1,
                              shift: TimeWindow(start: seconds(shift.start), end: seconds(shift.end)),
                              maxOvertime: 24 * 3600, breaks: breaks)

        var elapsed = 0
        var remaining = 0
        var reported: Int?
        if let onSite {
            let expected = Double(onSite.job.durationMinutes * 60) * model.factor(for: onSite.job.type, technician: day.technician.id).median
            elapsed = onSite.startedAt.map { max(0, Int(now.timeIntervalSince($0))) } ?? 0
            // The technician's word beats the model: they can see the job.
            if let said = onSite.workLeft, onSite.startedAt.map({ said.reportedAt >= $0 }) ?? true {
                reported = max(said.minutes * 60 - max(0, Int(now.timeIntervalSince(said.reportedAt))), policy.minimumRemainingService)
            }
            remaining = reported ?? max(Int(expected.rounded()) - elapsed, policy.minimumRemainingService)
        }
        self.here = here
        self.reportedRemainingService = reported
        self.current = onSite
        self.expectedRemainingService = remaining
        self.elapsedService = elapsed
        self.upcoming = upcoming
        self.origin = origin
        self.problem = try Problem(locationCount: matrix.count, durations: matrix.durations, jobs: jobs, vehicles: [vehicle])
        // At the door but not started: work begins no earlier than the window opens.
        let opens = onSite.flatMap { $0.startedAt == nil ? $0.job.promisedWindow.map { seconds($0.start) } : nil } ?? 0
        self.start = StartState(location: 0, time: max(seconds(now), seconds(shift.start), opens), remainingService: remaining,
                                breaksTaken: min(day.breaksTaken(now: now, calendar: calendar), breaks.count))
    }
}
