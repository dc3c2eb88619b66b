import Foundation
import Routing

/// Speaks first by acting first: for a visit gone at risk, the other technicians who can still make
/// its promised window — with the skills and the parts, and without breaking a promise of their own —
/// found with the routing insertion query over the day's published (else latest) plan.
///
/// The routes are those of the plan's schedule; visits started or finished are fixed prefixes, and
/// no insertion may arrive before `now`.
public struct Redispatcher: Sendable {
    public init() {}

    /// The options for `jobID`, best first (cheapest detour, then most slack); empty when nobody can.
    public func options(for jobID: String, snapshot: DaySnapshot, now: Date) throws -> [ReassignmentOption] {
        let plan = snapshot.publishedPlan ?? snapshot.latestPlan
        guard let job = snapshot.jobs.first(where: { $0.id == jobID }), job.promisedWindow != nil,
              !job.status.isUnderWayOrDone,
              let current = plan?.visits.first(where: { $0.jobID == jobID })?.technicianID else { return [] }
        let jobs = Planner.plannableJobs(snapshot).plannable
        let travel = snapshot.settings.greatCircleTravelTimes
        let model = try DayModel(snapshot: snapshot, jobs: jobs) { travel.matrix(for: $0) }
        guard let j = model.jobIndex[jobID] else { return [] }
        let routes = model.routes(of: plan).map { $0.filter { $0 != j } }
        let earliest = model.seconds(now)
        return InsertionQuery(problem: model.problem).insertions(of: j, into: routes)
            .filter { model.technicians[$0.vehicle].id != current && $0.arrival >= earliest }
            .map { ReassignmentOption(technician: model.technicians[$0.vehicle], arrival: model.instant($0.arrival),
                                      slackSeconds: $0.slack) }
    }
}
