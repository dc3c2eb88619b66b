import Foundation
import PunctualTestSupport
import Testing
@testable import Punctual
@testable import PunctualCore

/// Real roads against the estimate, learned from the trips technicians report: per part of the
/// day, shrunk towards the whole day's and that towards none.
@Suite struct TravelTimeModelTests {
    typealias F = TrackingFixtures
    typealias S = TrackingStoreFixtures

    static let policy = TrackingPolicy()
    static let straight = GreatCircleTravelTimes()

    static func model(_ trips: [TripObservation]) -> TravelTimeModel {
        TravelTimeModel(history: trips, policy: policy, calendar: F.calendar, estimate: { straight.trip(from: $0, to: $1).seconds })
    }

    /// A trip of 10 km north setting off at `hour` and taking `ratio` times the estimate.
    static func trip(at hour: Int, ratio: Double, kilometres: Double = 10) -> TripObservation {
        let planned = straight.trip(from: F.depot, to: F.north(kilometres)).seconds
        return TripObservation(origin: F.depot, destination: F.north(kilometres), departedAt: F.at(hour),
                               actualSeconds: Int((Double(planned) * ratio).rounded()))
    }

    @Test func theRushHourIsLearnedApartFromMiddayAndEachIsShrunk() {
        let model = Self.model((0..<40).map { _ in Self.trip(at: 8, ratio: 1.3) } + (0..<40).map { _ in Self.trip(at: 12, ratio: 1.0) })
        let rush = model.factor(secondsOfDay: 8 * 3600)
        let midday = model.factor(secondsOfDay: 12 * 3600)
        #expect(rush > 1.2 && rush < 1.3, "rush \(rush)")
        #expect(midday > 1.0 && midday < 1.05, "midday \(midday)")
        // No trips in the evening yet: the whole day's factor, itself shrunk.
        let evening = model.factor(secondsOfDay: 17 * 3600)
        #expect(evening > midday && evening < rush)
    }

    @Test func withoutTripsOrWithOnlyShortHopsTheEstimateStands() {
        #expect(Self.model([]).factor(secondsOfDay: 8 * 3600) == 1)
        #expect(TravelTimeModel.neutral.factor(secondsOfDay: 0) == 1)
        let hops = (0..<50).map { _ in Self.trip(at: 8, ratio: 3, kilometres: 0.5) }
        #expect(Self.model(hops).factor(secondsOfDay: 8 * 3600) == 1, "trips under three minutes say more about parking than roads")
    }

    @Test func tripsAreReadFromTheReportsFromTheStartThenFromTheVisitBefore() throws {
        let store = try S.storeWithPublishedPlan()
        for (kind, job, hour, minute) in [(VisitEventKind.enRoute, "J0001", 8, 40), (.arrived, "J0001", 8, 58), (.started, "J0001", 9, 0),
                                          (.completed, "J0001", 9, 50), (.enRoute, "J0002", 9, 55), (.arrived, "J0002", 10, 12)] {
            _ = try store.recordVisitEvent(S.event(kind, job: job, at: F.at(hour, minute)))
        }
        let trips = try store.tripHistory()
        #expect(trips.map(\.actualSeconds) == [18 * 60, 17 * 60])
        let technician = try #require(try store.technicians().first { $0.id == "T01" })
        let first = try #require(try store.job("J0001"))
        #expect(trips.first?.origin == technician.start)
        #expect(trips.last?.origin == first.location)
        #expect(trips.first?.departedAt == F.at(8, 40))
    }

    @Test func slowRoadsPushTheForecastLater() throws {
        let job = F.job("J1", at: F.north(15), window: (F.at(9), F.at(10)))
        let day = F.day([F.stop(1, job)], fix: PositionFix(at: F.at(9), location: F.depot))
        let model = ServiceTimeModel(history: [], policy: Self.policy)
        let route = try RemainingRouteProblem(day: day, now: F.at(9), calendar: F.calendar, travelTimes: Self.straight, model: model,
                                              policy: Self.policy)
        let risk = ArrivalRiskModel(policy: Self.policy)
        let plain = try #require(risk.forecasts(for: route, technician: "T01", model: model).first)
        let slow = Self.model((0..<60).map { _ in Self.trip(at: 9, ratio: 1.5) })
        let learned = try #require(risk.forecasts(for: route, technician: "T01", model: model, travelModel: slow).first)
        let leg = plain.medianArrival.timeIntervalSince(F.at(9))
        #expect(learned.medianArrival.timeIntervalSince(F.at(9)) > leg * 1.35)
        #expect(learned.pLate >= plain.pLate)
    }
}
