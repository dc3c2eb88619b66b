import Foundation
import Testing
@testable import Punctual
@testable import PunctualCore
import PunctualTestSupport

/// Planning a day under way again shows what would change — who changes hands, which promises
/// cannot be kept, which customers would be told — and publishing tells exactly those customers.
@Suite struct PlanDiffTests {
    typealias F = DeskFixtures

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func publishingTellsExactlyTheCustomersThePreviewNamed(seed: UInt64) throws {
        let store = try F.publishedStore()
        let now = F.at("2026-11-24", "07:30")
        // The day changes without anyone adjusting it: T01 works only the afternoon, T02 is off.
        try store.saveDayChange(TechnicianDayChange(technicianID: "T01", date: F.day, shift: TimeOfDayRange(parsing: "12:00-17:00")!),
                                audit: AuditEntry(at: now, actor: "test", action: "technician.shift", technicianID: "T01", detail: ""))
        try store.saveDayChange(TechnicianDayChange(technicianID: "T02", date: F.day, away: TechnicianDayChange.wholeDay),
                                audit: AuditEntry(at: now, actor: "test", action: "technician.absent", technicianID: "T02", detail: ""))
        let snapshot = try store.daySnapshot(on: F.day)
        let planner = Planner(options: PlanningOptions(timeLimit: 10, iterationLimit: 200, seed: seed))
        let draft = try store.savePlan(try planner.plan(snapshot, now: now).plan)
        let changes = PlanChanges(from: snapshot.publishedPlan, to: draft)
        let publisher = Publisher()
        let preview = try publisher.notices(for: changes, on: F.day, store: store, now: now)
        #expect(try store.publishedPlan(on: F.day)?.id == snapshot.publishedPlan?.id, "a preview publishes nothing")
        let before = Set(try store.messages().map(\.id))

        let report = try publisher.publish(planID: draft.id!, store: store, now: now)
        let sent = try store.messages().filter { !before.contains($0.id) }
        let toldJobs = Set(sent.compactMap(\.jobID))
        #expect(toldJobs == Set(preview.map(\.jobID)), "told \(toldJobs.sorted()), previewed \(preview.map(\.jobID).sorted())")
        for (job, kind) in preview {
            #expect(Set(sent.filter { $0.jobID == job }.map(\.kind)) == [kind], "\(job)")
        }
        #expect(Set(report.reassigned).union(report.told.keys) == Set(preview.map(\.jobID)))
        #expect(report.changes == changes)
        // Publishing the same plan again tells nobody anything more.
        let count = try store.messages().count
        _ = try publisher.publish(planID: draft.id!, store: store, now: now.addingTimeInterval(60))
        #expect(try store.messages().count == count)
    }
}
