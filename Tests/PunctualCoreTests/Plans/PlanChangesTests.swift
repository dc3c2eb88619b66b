import Foundation
import Testing
@testable import PunctualCore

/// What publishing a new plan over the published one changes, visit by visit.
@Suite struct PlanChangesTests {
    let date = LocalDate(parsing: "2026-11-24")!
    let nine = Date(timeIntervalSince1970: 1_795_500_000)

    func visit(_ job: String, _ technician: String, minutes: Double) -> PlanVisit {
        let at = nine.addingTimeInterval(minutes * 60)
        return PlanVisit(technicianID: technician, sequence: 1, jobID: job, plannedArrival: at, plannedStart: at, plannedEnd: at.addingTimeInterval(3600))
    }

    func plan(_ visits: [PlanVisit], unassigned: [UnassignedJob] = []) -> Plan {
        Plan(date: date, version: 1, state: .draft, createdAt: nine, cost: 0, visits: visits, unassigned: unassigned)
    }

    @Test func handoversRetimesAdditionsAndBrokenPromisesAreEachSaidOnce() {
        let old = plan([visit("J1", "T1", minutes: 0), visit("J2", "T1", minutes: 60), visit("J3", "T2", minutes: 0), visit("J4", "T2", minutes: 90)],
                       unassigned: [UnassignedJob(jobID: "J6", reason: "", brokenPromise: false)])
        let new = plan([visit("J1", "T2", minutes: 0), visit("J2", "T1", minutes: 70), visit("J3", "T2", minutes: 5), visit("J5", "T1", minutes: 200)],
                       unassigned: [UnassignedJob(jobID: "J4", reason: "", brokenPromise: true),
                                    UnassignedJob(jobID: "J6", reason: "", brokenPromise: false)])
        let changes = PlanChanges(from: old, to: new)
        #expect(changes.handovers == [PlanChanges.Handover(jobID: "J1", from: "T1", to: "T2", wasPlannedStart: nine)])
        #expect(changes.retimes.map(\.jobID) == [], "10 and 5 minutes are under the threshold")
        #expect(changes.added == ["J5"])
        #expect(changes.broken == ["J4"])
        #expect(changes.leftOut == [], "J6 was left out before too")
        #expect(PlanChanges(from: old, to: old).isEmpty)
        let later = plan([visit("J2", "T1", minutes: 30)])
        #expect(PlanChanges(from: old, to: later).retimes.map(\.jobID) == ["J2"])
    }
}
