import Foundation
import PunctualTestSupport
import Testing
@testable import Punctual
@testable import PunctualCore

@Suite struct PlanStoreTests {
    private func plan(_ store: Store, cost: Double) throws -> Plan {
        let date = try #require(LocalDate(parsing: "2026-11-24"))
        let start = Date(timeIntervalSince1970: 1_795_536_000)
        return Plan(
            date: date, version: 0, state: .draft, createdAt: start, cost: cost,
            visits: [PlanVisit(technicianID: "T01", sequence: 1, jobID: "J0001", plannedArrival: start,
                               plannedStart: start.addingTimeInterval(300), plannedEnd: start.addingTimeInterval(3900))],
            unassigned: [UnassignedJob(jobID: "J0002", reason: "no technician has the skill plumbing on shift")])
    }

    @Test func savingKeepsEveryVersionAndPublishingSupersedesTheLast() throws {
        let store = try Fixtures.populatedStore()
        let first = try store.savePlan(plan(store, cost: 10))
        let second = try store.savePlan(plan(store, cost: 9))
        #expect((first.version, second.version) == (1, 2))
        try store.publishPlan(id: first.id!)
        try store.publishPlan(id: second.id!)
        let date = try #require(LocalDate(parsing: "2026-11-24"))
        #expect(try store.plans(on: date).map(\.state) == [.superseded, .published])
        let published = try #require(try store.publishedPlan(on: date))
        #expect(published.cost == 9)
        #expect(published.visits == (try plan(store, cost: 9)).visits)
        #expect(published.unassigned.map(\.jobID) == ["J0002"])
    }

    @Test func publishingSchedulesTheRoutedJobsAndReleasesTheOnesLeftOut() throws {
        let store = try Fixtures.populatedStore()
        let date = try #require(LocalDate(parsing: "2026-11-24"))
        var first = try plan(store, cost: 10)
        first.visits.append(PlanVisit(technicianID: "T02", sequence: 1, jobID: "J0002", plannedArrival: first.visits[0].plannedArrival,
                                      plannedStart: first.visits[0].plannedStart, plannedEnd: first.visits[0].plannedEnd))
        first.unassigned = []
        try store.publishPlan(id: try store.savePlan(first).id!)
        #expect(try store.jobs(on: date).map(\.status) == [.scheduled, .scheduled])
        // The next version leaves J0002 (no promise) out: it goes back to requested; J0001 stays scheduled.
        try store.publishPlan(id: try store.savePlan(plan(store, cost: 9)).id!)
        let jobs = try store.jobs(on: date)
        #expect(jobs.map(\.status) == [.scheduled, .requested])
        #expect(jobs[0].promisedWindow != nil)
    }

    @Test func aPlanMustReferToKnownJobsAndTechnicians() throws {
        let store = try Fixtures.populatedStore()
        var bad = try plan(store, cost: 1)
        bad.visits[0].jobID = "J9999"
        #expect(throws: (any Error).self) { try store.savePlan(bad) }
        #expect(try store.plans(on: bad.date).isEmpty)
    }

    @Test func publishingAnUnknownPlanIsRefused() throws {
        #expect(throws: StoreError.unknownPlan(id: 42)) { try Fixtures.store().publishPlan(id: 42) }
    }
}
