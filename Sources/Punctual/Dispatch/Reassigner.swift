import Foundation
import struct Routing.Insertion
import struct Routing.InsertionQuery
import struct Routing.Solution
import PunctualCore

/// Hands a visit of the published plan to another technician, or finds who could take it, without
/// breaking its promise or anyone else's: the re-dispatch behind `punctual reassign`, the API's
/// reassign endpoint and the running-late policy.
///
/// Works on the published plan's routes with exact promised windows, from now on (work not yet under
/// way cannot move into the past); the result is published as a new plan version.
public struct Reassigner: Sendable {
    public var travelTimes: TravelTimeSelection

    public init(travelTimes: TravelTimeSelection = TravelTimeSelection()) {
        self.travelTimes = travelTimes
    }

    /// Who else could take `jobID` and keep its window, best first (most likely on time, then least driving).
    public func alternatives(for jobID: String, store: Store, now: Date) throws -> [WindowOffer] {
        guard let job = try store.job(jobID) else { throw ReassignError.unknownJob(jobID) }
        let context = try Context(job: job, snapshot: try store.daySnapshot(on: job.date), now: now, travelTimes: travelTimes)
        return context.offers().filter { $0.technicianID != context.currentTechnician }.sorted(by: WindowOffer.isBetter)
    }

    /// Moves `jobID` to `technicianID` at the best place in their route and publishes the result as a
    /// new plan version, in one transaction; refused, with the reason, when it would break a promise.
    @discardableResult
    public func reassign(_ jobID: String, to technicianID: String, store: Store, now: Date) throws -> (plan: Plan, offer: WindowOffer) {
        guard let job = try store.job(jobID) else { throw ReassignError.unknownJob(jobID) }
        var result: WindowOffer?
        let plan = try store.republish(on: job.date) { snapshot in
            let context = try Context(job: job, snapshot: snapshot, now: now, travelTimes: travelTimes)
            guard let v = context.model.technicians.firstIndex(where: { $0.id == technicianID }) else {
                throw ReassignError.unknownTechnician(technicianID)
            }
            if context.currentTechnician == technicianID { throw ReassignError.alreadyAssigned(job: jobID, technician: technicianID) }
            guard let (insertion, offer) = context.best(on: v) else {
                throw ReassignError.notFeasible(job: jobID, technician: technicianID, reason: context.reason(on: v))
            }
            result = offer
            var routes = context.routes
            routes[v].insert(context.j, at: insertion.position)
            let solution = Solution(problem: context.model.problem, routes: routes)
            let from = context.currentTechnician.map { " from \($0)" } ?? ""
            return Planner.assemble(solution, model: context.model, createdAt: now, travelSource: context.travelSource,
                                    warnings: ["\(jobID) reassigned\(from) to \(technicianID)"])
        }
        return (plan, result!)
    }

    /// The published day with the job taken off its route.
    struct Context {
        let model: DayModel
        let j: Int
        let routes: [[Int]]
        let currentTechnician: String?
        let travelSource: String
        let spread: ArrivalSpread

        init(job: Job, snapshot: DaySnapshot, now: Date, travelTimes: TravelTimeSelection) throws {
            guard let published = snapshot.publishedPlan else { throw ReassignError.noPublishedPlan(job: job.id, date: job.date) }
            if job.status.isUnderWayOrDone || job.status == .cancelled { throw ReassignError.underWay(job: job.id, status: job.status) }
            let jobs = Planner.plannableJobs(snapshot).plannable
            let resolved = travelTimes.matrix(for: DayModel.points(of: snapshot, jobs: jobs), settings: snapshot.settings)
            model = try DayModel(snapshot: snapshot, jobs: jobs, notBefore: now > snapshot.dayStart ? now : nil) { _ in resolved.matrix }
            guard let j = model.jobIndex[job.id] else { throw ReassignError.notOnPlan(job: job.id) }
            self.j = j
            currentTechnician = published.visits.first { $0.jobID == job.id }?.technicianID
            routes = model.routes(of: published).map { $0.filter { $0 != j } }
            travelSource = resolved.source.description
            spread = snapshot.settings.arrivalSpread
        }

        func offers() -> [WindowOffer] {
            model.technicians.indices.compactMap { best(on: $0)?.1 }
        }

        /// The most likely on-time insertion of the job into vehicle `v`'s route.
        func best(on v: Int) -> (Insertion, WindowOffer)? {
            let job = model.jobs[j]
            return InsertionQuery(problem: model.problem).insertions(of: j, into: routes)
                .filter { $0.vehicle == v }
                .map { insertion in
                    (insertion, WindowOffer(job: job, window: job.promisedWindow, insertion: insertion, route: routes[v],
                                            location: model.problem.jobs[j].location, model: model,
                                            problem: model.problem, spread: spread))
                }
                .min { WindowOffer.isBetter($0.1, than: $1.1) }
        }

        /// Why vehicle `v` cannot take the job, in the dispatcher's words.
        func reason(on v: Int) -> String {
            let job = model.jobs[j]
            let technician = model.technicians[v]
            let missing = job.skills.filter { !technician.skills.contains($0) }
            if !missing.isEmpty {
                return "they lack the skill" + (missing.count > 1 ? "s " : " ") + missing.map { "'\($0)'" }.joined(separator: ", ")
            }
            if !model.startsAtDepot[v] || model.loadedParts[v] != nil {
                let short = job.parts.compactMap { need -> String? in
                    let have = (technician.stock.first { $0.part == need.part }?.quantity ?? 0) + (model.loadedParts[v]?[need.part] ?? 0)
                    return have < need.quantity ? "\(need.quantity - have)× \(need.part)" : nil
                }
                let why = model.loadedParts[v] != nil ? "they have left the depot" : "they do not start at the depot"
                if !short.isEmpty { return "their van lacks " + short.joined(separator: ", ") + " and " + why }
            }
            var problemJobs = model.problem.jobs
            problemJobs[j].pinnedVehicle = v
            if let pinned = try? model.problem.replacingJobs(problemJobs),
               Solution(problem: pinned, routes: routes).unassigned.first(where: { $0.job == j })?.reason == .windowUnreachable {
                let when = job.promisedWindow.map { "inside \(model.snapshot.calendar.localRange($0))" } ?? "today"
                return "they cannot reach it \(when) and finish within their shift"
            }
            return "their route has no room for it without breaking another promise or running past their shift"
        }
    }
}
