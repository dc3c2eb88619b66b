import Foundation
@testable import Punctual
@testable import PunctualCore
import struct Routing.Solution

/// An independent check of a published plan: recomputed from scratch against the day as the store
/// has it now (shifts as changed, promises as made), by the routing evaluator.
enum PlanCheck {
    static func violations(store: Store, plan: Plan) throws -> [String] {
        let snapshot = try store.daySnapshot(on: plan.date)
        let jobs = Planner.plannableJobs(snapshot).plannable
        let matrix = TravelTimeSelection().matrix(for: DayModel.points(of: snapshot, jobs: jobs), settings: snapshot.settings).matrix
        let model = try DayModel(snapshot: snapshot, jobs: jobs) { _ in matrix }
        let solution = Solution(problem: model.problem, routes: model.routes(of: plan))
        var found: [String] = []
        for route in solution.routes where !route.isFeasible {
            found.append("\(model.technicians[route.vehicle].id)'s route breaks a window, the shift or the break")
        }
        for visit in plan.visits {
            guard let job = snapshot.job(visit.jobID) else { continue }
            if let window = job.promisedWindow, !(window.start...window.end).contains(max(visit.plannedArrival, window.start)) {
                found.append("\(visit.jobID) arrives \(visit.plannedArrival) outside its promise")
            }
            if !snapshot.technicians.contains(where: { $0.id == visit.technicianID }) {
                found.append("\(visit.jobID) is with \(visit.technicianID), who does not work that day")
            }
        }
        return found
    }
}
