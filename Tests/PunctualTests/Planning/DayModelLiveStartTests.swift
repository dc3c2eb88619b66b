import Foundation
import Testing
@testable import Punctual
@testable import PunctualCore

/// A day re-planned while it is under way starts each technician who is out from the truth: where
/// they are, when they are free, with the break behind them or still ahead, and with what their
/// van still holds after the visits already done.
@Suite struct DayModelLiveStartTests {
    static func model(_ day: DaySnapshot, live: [String: LiveStart]) throws -> DayModel {
        let now = day.calendar.instant(day.date, TimeOfDay(hour: 10))
        return try DayModel(snapshot: day, jobs: day.jobs, notBefore: now, live: live) {
            day.settings.greatCircleTravelTimes.matrix(for: $0)
        }
    }

    @Test func aTechnicianOutStartsWhereTheyAreWhenTheyAreFreeWithWhatTheVanStillHolds() throws {
        let day = try PlanningDays.sampleStore().daySnapshot(on: PlanningDays.date)
        // T02 starts away from the depot, so their van holds only its stock.
        let v = try #require(day.technicians.firstIndex { $0.id == "T02" })
        let technician = day.technicians[v]
        let usual = try Self.model(day, live: [:])
        let stocked = try #require(technician.stock.first { usual.partIDs.contains($0.part) && $0.quantity > 1 })
        let k = try #require(usual.partIDs.firstIndex(of: stocked.part))
        let here = GeoPoint(latitude: technician.start.latitude + 0.05, longitude: technician.start.longitude)
        let free = day.calendar.instant(day.date, TimeOfDay(hour: 14))
        let live = LiveStart(location: here, readyAt: free, breakTaken: false, partsUsed: [stocked.part: 1])
        let model = try Self.model(day, live: ["T02": live])
        let vehicle = model.problem.vehicles[v]

        #expect(model.points[vehicle.startLocation] == here)
        #expect(vehicle.shift.start == model.seconds(free))
        #expect(vehicle.capacity[k] == stocked.quantity - 1)
        // The break not taken by 14:00 (its latest start 13:30) is taken when they are free.
        let rest = try #require(vehicle.breaks.first)
        #expect(rest.window.start == model.seconds(free) && rest.window.end == model.seconds(free))
        // Everyone else's day is as it was.
        for u in model.technicians.indices where u != v {
            #expect(model.problem.vehicles[u] == usual.problem.vehicles[u])
        }

        var rested = live
        rested.breakTaken = true
        #expect(try Self.model(day, live: ["T02": rested]).problem.vehicles[v].breaks.isEmpty)
    }
}
