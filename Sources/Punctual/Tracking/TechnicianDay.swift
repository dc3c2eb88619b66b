import Foundation
import PunctualCore

/// Everything the tracker needs to know about one technician's day, read in one transaction:
/// the published route with each job's current state, and the latest fix.
public struct TechnicianDay: Sendable {
    /// One stop of the published route, with the job as it stands now.
    public struct Stop: Sendable {
        public var visit: PlanVisit
        public var job: Job
        public var customer: Customer?
        /// When work started (the first `started`), for the elapsed service time of the current visit.
        public var startedAt: Date?
        /// Whether the last event on the visit was `paused`.
        public var paused: Bool
        /// When the technician set off for it (the first `en_route`, or `arrived` when they never said).
        public var setOffAt: Date?
        /// When the visit ended (`completed` or `unable_to_complete`).
        public var finishedAt: Date?
        /// The technician's latest "running over: about N more minutes", and when they said it.
        public var workLeft: (reportedAt: Date, minutes: Int)?

        public init(visit: PlanVisit, job: Job, customer: Customer? = nil, startedAt: Date? = nil, paused: Bool = false,
                    setOffAt: Date? = nil, finishedAt: Date? = nil, workLeft: (reportedAt: Date, minutes: Int)? = nil) {
            self.visit = visit
            self.job = job
            self.customer = customer
            self.startedAt = startedAt
            self.paused = paused
            self.setOffAt = setOffAt
            self.finishedAt = finishedAt
            self.workLeft = workLeft
        }
    }

    public var technician: Technician
    public var date: LocalDate
    /// In route order; empty when no plan is published for the date or it gives this technician nothing.
    public var stops: [Stop]
    /// The most recent fix by `at`, if any was ever posted.
    public var lastFix: PositionFix?
    /// How many times work was paused today; the tracker counts pauses as breaks taken.
    public var pausesTaken: Int
    /// When the published plan puts the break, if it plans one: the technician is shown it there.
    public var plannedBreakStart: Date?

    public init(technician: Technician, date: LocalDate, stops: [Stop], lastFix: PositionFix?, pausesTaken: Int,
                plannedBreakStart: Date? = nil) {
        self.technician = technician
        self.date = date
        self.stops = stops
        self.lastFix = lastFix
        self.pausesTaken = pausesTaken
        self.plannedBreakStart = plannedBreakStart
    }

    /// Breaks behind the technician at `now`: the pauses reported on a visit, plus a break taken
    /// between visits, which phones do not report but the reports show: a stretch at least as long
    /// as the break, from finishing a visit once the break window has opened to setting off for the
    /// next one (or to `now`, when they have not set off yet) — past its latest start too, where a
    /// long visit pushes it. Without it the forecast would keep a break ahead that was already
    /// taken, and every later visit would look half an hour later than it is.
    public func breaksTaken(now: Date, calendar: BusinessCalendar) -> Int {
        guard let rule = technician.breakRule else { return pausesTaken }
        let earliest = calendar.instant(date, rule.earliestStart)
        // A minute's grace: the phone's report of setting off may come a little before the break is up.
        let length = TimeInterval(rule.minutes * 60) - 60
        let departures = stops.compactMap(\.setOffAt).sorted()
        let tookOne = stops.compactMap(\.finishedAt).contains { finished in
            guard finished >= earliest else { return false }
            let setOff = departures.first { $0 >= finished } ?? now
            return setOff.timeIntervalSince(finished) >= length
        }
        return pausesTaken + (tookOne ? 1 : 0)
    }
}
