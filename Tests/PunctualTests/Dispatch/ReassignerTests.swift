import Foundation
import PunctualTestSupport
import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualImport

/// Re-dispatch moves a visit to another technician only when every promise still holds, and
/// publishes the result as a new plan version.
@Suite struct ReassignerTests {
    static let date = LocalDate(parsing: "2026-11-24")!
    static let evening = ISO8601DateFormatter().date(from: "2026-11-23T18:00:00-07:00")!

    /// The fixture business plus a second HVAC technician, planned and published.
    static func publishedDay() throws -> Store {
        let store = try Fixtures.store()
        let technicians = Fixtures.technicians + "\nT03,Ana Ruiz,,,46.8705,-114.026,,,08:00,17:00,hvac,,,"
        var sources = Fixtures.sources()
        sources[1] = .init(kind: .technicians, name: "technicians.csv", contents: technicians)
        try Importer(store: store).run(sources)
        let plan = try Planner(options: PlanningOptions(timeLimit: 10, iterationLimit: 50))
            .plan(try store.daySnapshot(on: date), now: evening).plan
        try store.publishPlan(id: try store.savePlan(plan).id!)
        return store
    }

    @Test func aVisitMovesToASkilledTechnicianAndThePromiseHolds() throws {
        let store = try Self.publishedDay()
        let before = try #require(try store.publishedPlan(on: Self.date))
        let from = try #require(before.visits.first { $0.jobID == "J0001" }).technicianID
        let to = from == "T01" ? "T03" : "T01"
        let alternatives = try Reassigner().alternatives(for: "J0001", store: store, now: Self.evening)
        #expect(alternatives.map(\.technicianID) == [to])
        let (plan, offer) = try Reassigner().reassign("J0001", to: to, store: store, now: Self.evening)
        #expect(offer.technicianID == to)
        #expect(plan.state == .published && plan.version == before.version + 1)
        let published = try #require(try store.publishedPlan(on: Self.date))
        #expect(published.id == plan.id)
        let visit = try #require(published.visits.first { $0.jobID == "J0001" })
        #expect(visit.technicianID == to)
        let window = try #require(try store.job("J0001")?.promisedWindow)
        #expect(window.start <= visit.plannedStart && visit.plannedStart <= window.end)
        #expect(published.warnings.contains("J0001 reassigned from \(from) to \(to)"))
    }

    @Test func aTechnicianWithoutTheSkillIsRefusedWithTheReasonAndNothingChanges() throws {
        let store = try Self.publishedDay()
        let before = try store.plans(on: Self.date)
        #expect(throws: ReassignError.notFeasible(job: "J0001", technician: "T02", reason: "they lack the skill 'hvac'")) {
            try Reassigner().reassign("J0001", to: "T02", store: store, now: Self.evening)
        }
        #expect(try store.plans(on: Self.date) == before)
    }

    @Test func unknownJobsTechniciansAndVisitsUnderWayAreRefused() throws {
        let store = try Self.publishedDay()
        #expect(throws: ReassignError.unknownJob("J9")) { try Reassigner().reassign("J9", to: "T01", store: store, now: Self.evening) }
        #expect(throws: ReassignError.unknownTechnician("T9")) {
            try Reassigner().reassign("J0001", to: "T9", store: store, now: Self.evening)
        }
        #expect(throws: ReassignError.noPublishedPlan(job: "J0003", date: LocalDate(parsing: "2026-11-25")!)) {
            try Reassigner().reassign("J0003", to: "T01", store: store, now: Self.evening)
        }
    }

    @Test func afterEveryShiftHasEndedNobodyElseCanTakeAVisitAndNothingFails() throws {
        let store = try Self.publishedDay()
        // 17:30, after the 17:00 shift ends: only overtime is left, and the windows have passed.
        let late = ISO8601DateFormatter().date(from: "2026-11-24T17:30:00-07:00")!
        #expect(try Reassigner().alternatives(for: "J0001", store: store, now: late).isEmpty)
    }
}
