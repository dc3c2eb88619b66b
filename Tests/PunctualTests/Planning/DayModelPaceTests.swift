import Foundation
import Testing
@testable import Punctual
@testable import PunctualCore

/// Plans drive at the pace technicians really find on the roads: the trips they reported, against
/// the embedded estimate, slow every leg of the day's problem by the learned factor.
@Suite struct DayModelPaceTests {
    /// `day` as if technicians had reported `count` trips of 8 km north of the depot at `ratio` times the estimate.
    static func withTrips(_ day: DaySnapshot, ratio: Double, count: Int = 60) -> DaySnapshot {
        let estimate = day.settings.greatCircleTravelTimes
        let from = day.business.depot
        let to = GeoPoint(latitude: from.latitude + 8 / 111.2, longitude: from.longitude)
        let seconds = estimate.trip(from: from, to: to).seconds
        let trips = (0..<count).map { k in
            TripObservation(origin: from, destination: to, departedAt: day.dayStart.addingTimeInterval(TimeInterval(-86_400 + 9 * 3600 + 600 * k)),
                            actualSeconds: Int((Double(seconds) * ratio).rounded()))
        }
        return DaySnapshot(date: day.date, business: day.business, settings: day.settings, technicians: day.technicians, parts: day.parts,
                           jobs: day.jobs, customers: day.customers, publishedPlan: day.publishedPlan, latestPlan: day.latestPlan,
                           commitments: day.commitments, tripHistory: trips)
    }

    static func model(_ day: DaySnapshot) throws -> DayModel {
        try DayModel(snapshot: day, jobs: day.jobs) { day.settings.greatCircleTravelTimes.matrix(for: $0) }
    }

    @Test func everyLegTakesTheRoadsLearnedPace() throws {
        let day = try PlanningDays.sampleStore().daySnapshot(on: PlanningDays.date)
        #expect(day.roadPace == 1)  // no trips yet: the estimate as it is
        let slow = Self.withTrips(day, ratio: 1.4)
        // 60 trips at 1.4×, shrunk as if 10 more had taken the estimate.
        #expect(abs(slow.roadPace - exp(60 * log(1.4) / 70)) < 0.01, "pace \(slow.roadPace)")
        let base = try Self.model(day).problem
        let slowed = try Self.model(slow).problem
        for a in 0..<base.locationCount {
            for b in 0..<base.locationCount where base.duration(from: a, to: b) > 600 {
                let ratio = Double(slowed.duration(from: a, to: b)) / Double(base.duration(from: a, to: b))
                #expect(abs(ratio - slow.roadPace) < 0.002)
            }
        }
    }

    @Test func withARoutingServiceTheTripsAreNotComparedWithTheEmbeddedEstimate() throws {
        let store = try PlanningDays.sampleStore()
        try store.setSetting(.routingURL, to: "http://127.0.0.1:5000")
        let day = Self.withTrips(try store.daySnapshot(on: PlanningDays.date), ratio: 1.4)
        #expect(day.roadPace == 1)
    }
}
