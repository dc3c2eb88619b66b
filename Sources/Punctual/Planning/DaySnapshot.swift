import Foundation
import PunctualCore

/// What planning, offering and booking know about one local date, read from the store at once so
/// that every decision is made on one consistent state.
public struct DaySnapshot: Sendable {
    public var date: LocalDate
    public var business: BusinessProfile
    public var settings: Settings
    public var technicians: [Technician]
    public var parts: [Part]
    /// The date's jobs, cancelled ones excluded, in id order.
    public var jobs: [Job]
    public var customers: [Int64: Customer]
    /// The plan technicians work from, if one is published.
    public var publishedPlan: Plan?
    /// The newest version, published or draft.
    public var latestPlan: Plan?
    /// The promise ledger: routes that keep every window booking accepted (empty before the first).
    public var commitments: DayCommitments
    /// New times offered to customers on this date and not yet answered, with their jobs: held for
    /// them, so no other booking takes them meanwhile.
    public var heldChoices: [(choice: RebookChoice, job: Job)]
    /// How long each job type really takes against its stated duration, learned once from the
    /// recent visits the snapshot was read with: plans and offers use its means and spreads.
    public let pace: ServiceTimeModel
    /// Real trips ÷ the embedded travel estimate (the median, over the whole day), learned from the
    /// trips technicians reported: plans and offers drive at the roads' real pace. 1 before any
    /// trip, and with a routing service, whose times the trips are not compared with (not yet).
    public let roadPace: Double

    /// Recent visits enough to learn every job type's pace, not the whole history.
    public static let serviceHistoryLimit = 2_000

    public init(date: LocalDate, business: BusinessProfile, settings: Settings, technicians: [Technician],
                parts: [Part], jobs: [Job], customers: [Int64: Customer], publishedPlan: Plan?, latestPlan: Plan?,
                commitments: DayCommitments? = nil, heldChoices: [(choice: RebookChoice, job: Job)] = [],
                serviceHistory: [ServiceObservation] = [], tripHistory: [TripObservation] = []) {
        self.date = date
        self.business = business
        self.settings = settings
        self.technicians = technicians
        self.parts = parts
        self.jobs = jobs
        self.customers = customers
        self.publishedPlan = publishedPlan
        self.latestPlan = latestPlan
        self.commitments = commitments ?? DayCommitments(date: date)
        self.heldChoices = heldChoices
        let policy = TrackingPolicy(settings: settings)
        pace = ServiceTimeModel(history: serviceHistory, policy: policy)
        if settings.text(.routingURL).isEmpty, !tripHistory.isEmpty {
            let estimate = settings.greatCircleTravelTimes
            roadPace = exp(TravelTimeModel(history: tripHistory, policy: policy, calendar: business.calendar,
                                           estimate: { estimate.trip(from: $0, to: $1).seconds }).dayFactor)
        } else {
            roadPace = 1
        }
    }

    public var calendar: BusinessCalendar { business.calendar }

    /// Local midnight starting the date: the origin of the day's solver times.
    public var dayStart: Date { calendar.instant(date, .midnight) }

    public func job(_ id: String) -> Job? { jobs.first { $0.id == id } }
    public func technician(_ id: String) -> Technician? { technicians.first { $0.id == id } }
}
