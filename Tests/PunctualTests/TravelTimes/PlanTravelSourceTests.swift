import Foundation
import PunctualTestSupport
import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualReports

/// A plan says where its travel times came from, and says so loudly when the routing service failed.
@Suite struct PlanTravelSourceTests {
    @Test func aFailingRoutingServiceFallsBackWithAWarningKeptOnThePlan() throws {
        let store = try Fixtures.populatedStore()
        try store.setSetting(.routingURL, to: "http://127.0.0.1:9")
        try store.setSetting(.routingTimeoutSeconds, to: "2")
        let snapshot = try store.daySnapshot(on: LocalDate(parsing: "2026-11-24")!)
        let plan = try Planner(options: PlanningOptions(timeLimit: 5, iterationLimit: 20), travelTimes: TravelTimeSelection(cache: store))
            .plan(snapshot, now: Fixtures.eveningBefore).plan
        #expect(plan.travelSource == "great-circle")
        #expect(plan.warnings.contains { $0.contains("routing service osrm at http://127.0.0.1:9 failed") })
        let saved = try store.savePlan(plan)
        #expect(try store.plan(id: saved.id!)?.warnings == plan.warnings)
        let report = PlanReportBuilder(snapshot: snapshot).report(saved)
        #expect(report.plan.warnings == plan.warnings)
    }

    @Test func withoutAServiceThePlanUsesTheConfiguredEmbeddedEstimateSilently() throws {
        let store = try Fixtures.populatedStore()
        try store.setSetting(.travelSpeed, to: "20")
        let snapshot = try store.daySnapshot(on: LocalDate(parsing: "2026-11-24")!)
        let slow = try Planner(options: PlanningOptions(timeLimit: 5, iterationLimit: 20)).plan(snapshot, now: Fixtures.eveningBefore).plan
        try store.setSetting(.travelSpeed, to: "60")
        let fast = try Planner(options: PlanningOptions(timeLimit: 5, iterationLimit: 20))
            .plan(try store.daySnapshot(on: Fixtures.day), now: Fixtures.eveningBefore).plan
        #expect(slow.travelSource == "great-circle" && slow.warnings.isEmpty)
        let slowTravel = slow.routes.reduce(0) { $0 + $1.travelSeconds }
        let fastTravel = fast.routes.reduce(0) { $0 + $1.travelSeconds }
        #expect(slowTravel > fastTravel)
    }
}
