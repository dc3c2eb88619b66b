import Foundation

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

        public init(visit: PlanVisit, job: Job, customer: Customer? = nil, startedAt: Date? = nil, paused: Bool = false) {
            self.visit = visit
            self.job = job
            self.customer = customer
            self.startedAt = startedAt
            self.paused = paused
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

    public init(technician: Technician, date: LocalDate, stops: [Stop], lastFix: PositionFix?, pausesTaken: Int) {
        self.technician = technician
        self.date = date
        self.stops = stops
        self.lastFix = lastFix
        self.pausesTaken = pausesTaken
    }
}
