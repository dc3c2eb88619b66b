import Foundation
import PunctualCore

extension Tracker {
    /// What handing `job` to `technicianID` would do, forecast the way the tracker forecasts
    /// their day: from where they are and how their day is really going, not from the plan.
    public struct Handover: Sendable, Hashable {
        /// P(late) of the visit handed over.
        public var pLate: Double
        /// The technician's own promised visits that would go at risk (P(late) reaching the
        /// threshold) and were not before.
        public var newlyAtRisk: [String]
    }

    /// The forecast of `technicianID`'s day at `now` with `job` inserted where the offer's planned
    /// arrival falls among their visits not yet reached; nil when they have no day today.
    ///
    /// The re-dispatch plan works at learned means from the published timeline, so a technician
    /// already behind looks free; a handover is kept only if this forecast agrees, so the
    /// customer told "still between …" is not told later that the new technician is late.
    public func handover(_ job: Job, to technicianID: String, plannedArrival: Date, now: Date) throws -> Handover? {
        guard let day = try store.technicianDays(on: job.date, technician: technicianID).first else { return nil }
        let before = try forecast(day, now: now)
        var trial = day
        // Among the visits not yet set off for: the ones behind it stay behind it.
        let insertAt = trial.stops.firstIndex { [.booked, .scheduled].contains($0.job.status) && $0.visit.plannedArrival > plannedArrival }
            ?? trial.stops.count
        var handed = job
        handed.status = .scheduled
        trial.stops.insert(TechnicianDay.Stop(
            visit: PlanVisit(technicianID: technicianID, sequence: 0, jobID: job.id, plannedArrival: plannedArrival,
                             plannedStart: plannedArrival, plannedEnd: plannedArrival.addingTimeInterval(TimeInterval(job.durationMinutes * 60))),
            job: handed), at: insertAt)
        for k in trial.stops.indices { trial.stops[k].visit.sequence = k + 1 }
        let after = try forecast(trial, now: now)
        let threshold = policy.atRiskThreshold
        let wasAtRisk = Set(before.visits.filter { ($0.forecast?.pLate ?? 0) >= threshold }.map(\.jobID))
        let newlyAtRisk = after.visits.filter { visit in
            visit.jobID != job.id && visit.window != nil && (visit.forecast?.pLate ?? 0) >= threshold && !wasAtRisk.contains(visit.jobID)
        }.map(\.jobID)
        let pLate = after.visits.first { $0.jobID == job.id }?.forecast?.pLate ?? 1
        return Handover(pLate: pLate, newlyAtRisk: newlyAtRisk)
    }
}
