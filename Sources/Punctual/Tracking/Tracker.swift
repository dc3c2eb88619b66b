import Foundation
import Logging
import Synchronization
import PunctualCore

/// Keeps every technician's remaining visits forecast: recomputes on progress and (at most every
/// `minimumUpdateInterval`) on position fixes, saves the forecasts and raises `visit_at_risk` when
/// a visit's P(late) crosses the threshold. Stateless between calls apart from caches: everything
/// it concludes is in the store, so a restart loses nothing.
public final class Tracker: Sendable {
    public let store: Store
    public let policy: TrackingPolicy
    public let calendar: BusinessCalendar
    let travelTimes: any TravelTimeProvider
    let riskModel: ArrivalRiskModel
    public let counters = TrackerCounters()

    private let logger = Logger(label: "punctual.tracker")
    private let cachedModel = Mutex<ServiceTimeModel?>(nil)
    private let cachedTravel = Mutex<TravelTimeModel?>(nil)
    /// When each technician's forecast was last recomputed.
    private let lastUpdate = Mutex<[String: Date]>([:])

    public init(store: Store, policy: TrackingPolicy = TrackingPolicy(), travelTimes: any TravelTimeProvider = GreatCircleTravelTimes()) throws {
        self.store = store
        self.policy = policy
        self.calendar = try store.requireProfile().calendar
        self.travelTimes = travelTimes
        self.riskModel = ArrivalRiskModel(policy: policy)
    }

    /// The local date of `now` for the business: the plan day technicians are working.
    public func today(_ now: Date) -> LocalDate { calendar.local(now).date }

    /// Service times learned from completed visits (cached; refreshed after each completion).
    public func serviceModel() throws -> ServiceTimeModel {
        if let model = cachedModel.withLock({ $0 }) { return model }
        // The same recent visits plans and offers learn from (`DaySnapshot`), not a whole history.
        let model = ServiceTimeModel(history: try store.serviceHistory(limit: DaySnapshot.serviceHistoryLimit), policy: policy)
        cachedModel.withLock { $0 = model }
        return model
    }

    /// Real travel against the estimate, learned from reported trips (cached; refreshed with the service times).
    public func travelModel() throws -> TravelTimeModel {
        if let model = cachedTravel.withLock({ $0 }) { return model }
        let trips = try store.tripHistory()
        let estimate: (GeoPoint, GeoPoint) -> Int?
        if let straight = travelTimes as? GreatCircleTravelTimes {
            estimate = { straight.trip(from: $0, to: $1).seconds }
        } else {
            // A routing service: one table over every place, not a request per trip.
            let points = Array(Set(trips.flatMap { [$0.origin, $0.destination] }))
            let index = Dictionary(uniqueKeysWithValues: points.enumerated().map { ($1, $0) })
            let matrix = points.isEmpty ? nil : try travelTimes.matrix(for: points)
            estimate = { from, to in
                guard let matrix, let i = index[from], let j = index[to] else { return nil }
                return matrix.duration(from: i, to: j)
            }
        }
        let model = TravelTimeModel(history: trips, policy: policy, calendar: calendar, estimate: estimate)
        cachedTravel.withLock { $0 = model }
        return model
    }

    /// Forgets the learned service and travel times so the next forecast relearns them.
    public func serviceHistoryChanged() {
        cachedModel.withLock { $0 = nil }
        cachedTravel.withLock { $0 = nil }
    }

    /// The forecast of one technician's day at `now`, computed without saving anything.
    ///
    /// Once the day is over (`now` past its local midnight) nothing is forecast: what is still open
    /// was not reached that day, and drawing its arrival from today's clock would be fiction. A
    /// technician is stale only during their shift: before it starts no fix is expected.
    public func forecast(_ day: TechnicianDay, now: Date, atRisk: Set<String> = []) throws -> TechnicianForecast {
        let dayIsOver = now >= calendar.instant(day.date.adding(days: 1), .midnight)
        var forecasts: [String: VisitForecast] = [:]
        var route: RemainingRouteProblem?
        if !dayIsOver {
            let model = try serviceModel()
            let remaining = try RemainingRouteProblem(day: day, now: now, calendar: calendar, travelTimes: travelTimes, model: model,
                                                      policy: policy)
            forecasts = Dictionary(uniqueKeysWithValues: riskModel.forecasts(for: remaining, technician: day.technician.id, model: model,
                                                                             travelModel: try travelModel())
                .map { ($0.jobID, $0) })
            route = remaining
        }
        let age = day.lastFix.map { now.timeIntervalSince($0.at) }
        let shift = calendar.interval(day.date, day.technician.shift)
        let onShift = shift.start <= now && now <= shift.end
        return TechnicianForecast(
            technicianID: day.technician.id, name: day.technician.name, lastFix: day.lastFix, fixAge: age,
            stale: onShift && (age.map { $0 > policy.staleAfter } ?? true),
            currentJobID: route?.current?.job.id, currentStatus: route?.current?.job.status,
            elapsedService: route?.current == nil ? nil : route?.elapsedService,
            visits: day.stops.filter { !$0.job.status.isClosed }.map { stop in
                TechnicianForecast.Visit(
                    sequence: stop.visit.sequence, jobID: stop.job.id, status: stop.job.status, window: stop.job.promisedWindow,
                    plannedArrival: stop.visit.plannedArrival, forecast: forecasts[stop.job.id],
                    atRisk: atRisk.contains(stop.job.id) || (forecasts[stop.job.id].map { $0.pLate >= policy.atRiskThreshold } ?? false))
            })
    }

    /// Recomputes `technician`'s forecasts for today, saves them and returns the at-risk events raised.
    @discardableResult
    public func update(technician: String, now: Date) throws -> [DomainEvent] {
        let began = ContinuousClock.now
        lastUpdate.withLock { $0[technician] = now }
        guard let day = try store.technicianDays(on: today(now), technician: technician).first else { return [] }
        let forecast = try forecast(day, now: now)
        let forecasts = forecast.visits.compactMap(\.forecast)
        // At risk as soon as it is likely, however far ahead: re-dispatch can act then; when the
        // customer hears of it is the responder's `LateWarningRule`.
        let raised = forecasts.isEmpty ? [] : try store.saveForecasts(forecasts, at: now, threshold: policy.atRiskThreshold)
        counters.recordUpdate(duration: ContinuousClock.now - began, raised: raised.count)
        return raised
    }

    /// Called after fixes are stored: recomputes unless this technician was updated very recently.
    /// - Returns: how many at-risk events the update raised.
    @discardableResult
    public func fixesRecorded(technician: String, now: Date) -> Int {
        let due = lastUpdate.withLock { lastUpdate in
            guard let last = lastUpdate[technician] else { return true }
            return now.timeIntervalSince(last) >= policy.minimumUpdateInterval || now < last
        }
        return due ? updateAfterWrite(technician: technician, now: now) : 0
    }

    /// Recomputes after a report was stored. The report stands whatever happens here, so a failure
    /// is logged and counted rather than passed back to the technician; the next update retries.
    /// - Returns: how many at-risk events the update raised.
    @discardableResult
    public func updateAfterWrite(technician: String, now: Date) -> Int {
        do {
            return try update(technician: technician, now: now).count
        } catch {
            counters.recordFailure()
            logger.error("forecast update failed", metadata: ["technician": "\(technician)", "error": "\(error)"])
            return 0
        }
    }

    /// Every technician's forecast for `date` at `now`: the dispatcher's board.
    public func board(on date: LocalDate, now: Date) throws -> [TechnicianForecast] {
        let atRisk = try store.atRiskJobs()
        return try store.technicianDays(on: date).map { try forecast($0, now: now, atRisk: atRisk) }
    }
}
