import Foundation
import Testing
@testable import Messaging
@testable import Punctual

/// Running late, first choice: another technician who can still make the window takes the visit;
/// only when nobody can (or the business says not to) is the customer told and asked to choose.
@Suite struct AtRiskTests {
    typealias F = MessagingFixtures
    static let morning = F.at("2026-11-24", "07:30")

    /// Jenna at 09:00–10:00 and Wyatt at 11:00–12:00, planned and published; both technicians do HVAC.
    static func plannedStore() throws -> (Store, Plan) {
        let store = try F.store()
        try F.book(store, "J0001", F.window("09:00", "10:00"))
        try F.book(store, "J0002", F.window("11:00", "12:00"))
        let planned = try Planner(options: PlanningOptions(timeLimit: 5, iterationLimit: 200, seed: 1))
            .plan(try store.daySnapshot(on: F.day), now: F.evening).plan
        let saved = try store.savePlan(planned)
        try store.publishPlan(id: saved.id!)
        return (store, saved)
    }

    @Test func anotherTechnicianWhoCanStillMakeTheWindowIsFound() throws {
        let (store, plan) = try Self.plannedStore()
        let assigned = try #require(plan.visits.first { $0.jobID == "J0001" }).technicianID
        let options = try Redispatcher().options(for: "J0001", snapshot: try store.daySnapshot(on: F.day), now: Self.morning)
        let best = try #require(options.first, "nobody found to take J0001")
        #expect(options.allSatisfy { $0.technician.id != assigned })
        // Arriving early means waiting at the door for the window to open; late is what must not happen.
        #expect(best.arrival >= Self.morning && best.arrival <= F.window("09:00", "10:00").end && best.slackSeconds >= 0)

        guard case .reassign(let option) = try Notifications(store: store).decideAtRisk(jobID: "J0001", now: Self.morning) else {
            Issue.record("expected a reassignment")
            return
        }
        #expect(option == best)
        let told = try Notifications(store: store).visitReassigned(jobID: "J0001", technicianName: option.technician.name, now: Self.morning)
        #expect(told.first?.body == "Test Home Services: \(option.technician.name) is coming instead, still between 09:00-10:00.")
    }

    @Test func theCustomerIsToldWhenTheBusinessDoesNotReassignOrNobodyCan() throws {
        let (store, _) = try Self.plannedStore()
        try store.setSetting(.reassignWhenLate, to: "false")
        #expect(try Notifications(store: store).decideAtRisk(jobID: "J0001", now: Self.morning) == .tellCustomer)
        try store.setSetting(.reassignWhenLate, to: "true")
        // J0003 was never booked or planned: nobody to hand it to.
        #expect(try Notifications(store: store).decideAtRisk(jobID: "J0003", now: Self.morning) == .tellCustomer)
    }
}
