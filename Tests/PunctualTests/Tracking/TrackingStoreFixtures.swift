import Foundation
import PunctualTestSupport
@testable import Punctual
@testable import PunctualCore

/// The fixture business with a published plan for 2026-11-24: T01 visits J0001 (window 09:00–10:00)
/// and then J0002; T02 has nothing.
enum TrackingStoreFixtures {
    static func storeWithPublishedPlan() throws -> Store {
        let store = try Fixtures.populatedStore()
        let at = TrackingFixtures.at
        let plan = try store.savePlan(Plan(
            date: TrackingFixtures.date, version: 0, state: .draft, createdAt: at(7, 0), cost: 1,
            visits: [
                PlanVisit(technicianID: "T01", sequence: 1, jobID: "J0001", plannedArrival: at(9, 10), plannedStart: at(9, 10), plannedEnd: at(10, 10)),
                PlanVisit(technicianID: "T01", sequence: 2, jobID: "J0002", plannedArrival: at(10, 20), plannedStart: at(10, 20), plannedEnd: at(11, 5)),
            ],
            unassigned: []))
        try store.publishPlan(id: plan.id!)
        return store
    }

    static func event(_ kind: VisitEventKind, job: String = "J0001", technician: String = "T01", at: Date,
                      key: String? = nil, reason: String? = nil) -> VisitEvent {
        VisitEvent(jobID: job, technicianID: technician, kind: kind, at: at, statusAfter: .scheduled, reason: reason, idempotencyKey: key)
    }
}
