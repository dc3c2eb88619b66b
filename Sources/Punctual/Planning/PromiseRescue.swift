import Foundation
import struct Routing.InsertionQuery
import struct Routing.TimeWindow
import PunctualCore

/// For a promise a plan cannot keep, the least-bad option: the technician who could arrive least
/// late, or else rebooking. The dispatcher decides; the plan never drops a promise silently.
struct PromiseRescue {
    let model: DayModel

    /// A proposal for promised job `j`, given the plan's routes (job indices per vehicle).
    func proposal(for j: Int, routes: [[Int]]) -> String {
        let job = model.jobs[j]
        let calendar = model.snapshot.calendar
        var relaxed = model.problem.jobs
        relaxed[j].windows = model.notBeforeSeconds > 0
            ? [TimeWindow(start: model.notBeforeSeconds, end: TimeWindow.unbounded.end)] : []
        relaxed[j].pinnedVehicle = nil
        let rebook = "rebook: `punctual offer \(job.id)` lists windows that can still be kept"
        guard let window = job.promisedWindow,
              let problem = try? model.problem.replacingJobs(relaxed)
        else { return rebook }
        let deadline = model.seconds(window.end)
        let best = InsertionQuery(problem: problem).insertions(of: j, into: routes)
            .min { (max(0, $0.arrival - deadline), $0.addedCost) < (max(0, $1.arrival - deadline), $1.addedCost) }
        guard let best else { return "no technician can take it today at all; " + rebook }
        let technician = model.technicians[best.vehicle]
        let arrival = model.instant(best.arrival)
        let late = (best.arrival - deadline + 59) / 60
        let clock = calendar.local(arrival).time
        if late <= 0 {
            return "\(technician.id) (\(technician.name)) could still arrive at \(clock) if other work moves; re-plan with more time"
        }
        return "\(technician.id) (\(technician.name)) could arrive at \(clock), \(late) min after the promised "
            + "\(calendar.localRange(window)): tell the customer now, or " + rebook
    }
}
