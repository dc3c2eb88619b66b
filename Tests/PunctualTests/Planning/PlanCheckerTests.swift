import Foundation
import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualSample

/// The checker is only worth its passes if it fails: each test spoils a valid plan (or the day
/// under it) in one way and expects the checker to name it.
@Suite struct PlanCheckerTests {
    /// A valid plan of a generated day with several routes, parts and breaks, made once.
    static let valid = Result<(DaySnapshot, Plan), any Error> {
        let business = SampleBusinessGenerator(technicians: 5, jobs: 40, seed: 31).generate()
        let snapshot = try PlanningDays.store(business).daySnapshot(on: PlanningDays.date)
        return (snapshot, try PlanningDays.planner(iterations: 100).plan(snapshot, now: PlanningDays.now).plan)
    }

    private func violations(_ spoil: (inout DaySnapshot, inout Plan) throws -> Void) throws -> [String] {
        var (snapshot, plan) = try Self.valid.get()
        try spoil(&snapshot, &plan)
        return PlanChecker(snapshot: snapshot).violations(of: plan)
    }

    private func index(of jobID: String, in plan: Plan) throws -> Int {
        try #require(plan.visits.firstIndex { $0.jobID == jobID })
    }

    /// The technician with the most visits.
    private func busiest(_ plan: Plan) throws -> String {
        try #require(plan.routes.map(\.technicianID).max { plan.visits(of: $0).count < plan.visits(of: $1).count })
    }

    @Test func theValidPlanPasses() throws {
        let found = try violations { _, _ in }
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }

    @Test func aShiftedArrivalIsCaught() throws {
        var job = ""
        let found = try violations { _, plan in
            let stop = try #require(plan.visits(of: try busiest(plan)).last)
            job = stop.jobID
            plan.visits[try index(of: job, in: plan)].plannedArrival.addTimeInterval(120)
        }
        #expect(found.count == 1 && found[0].contains(job) && found[0].contains("planned arrival"), "\(found)")
    }

    @Test func swappedVisitsAreCaught() throws {
        var technician = ""
        let found = try violations { _, plan in
            technician = try busiest(plan)
            let stops = plan.visits(of: technician)
            let a = try index(of: stops[0].jobID, in: plan), b = try index(of: stops[1].jobID, in: plan)
            (plan.visits[a].sequence, plan.visits[b].sequence) = (plan.visits[b].sequence, plan.visits[a].sequence)
        }
        #expect(found.contains { $0.hasPrefix(technician) && $0.contains("planned arrival") }, "\(found)")
    }

    @Test func aDroppedJobIsCaught() throws {
        var job = ""
        let found = try violations { _, plan in
            let stop = try #require(plan.visits(of: try busiest(plan)).last)
            job = stop.jobID
            plan.visits.remove(at: try index(of: job, in: plan))
        }
        #expect(found.contains("\(job) is neither visited nor unassigned"), "\(found)")
    }

    @Test func aJobGivenToATechnicianWithoutTheSkillIsCaught() throws {
        var job = "", technician = ""
        let found = try violations { snapshot, plan in
            // A served job and a technician lacking one of its skills; it becomes their last stop.
            let day = snapshot
            let pair = plan.visits.lazy.compactMap { visit -> (PlanVisit, Technician)? in
                let skills = Set(day.job(visit.jobID)!.skills)
                return day.technicians.first { !skills.isSubset(of: $0.skills) }.map { (visit, $0) }
            }.first
            let (visit, other) = try #require(pair)
            job = visit.jobID
            technician = other.id
            let k = try index(of: job, in: plan)
            plan.visits[k].technicianID = other.id
            plan.visits[k].sequence = plan.visits(of: other.id).count + 1
        }
        #expect(found.contains { $0.hasPrefix("\(technician) \(job): needs skills") }, "\(found)")
    }

    @Test func aPartMissingFromAVanThatCannotLoadIsCaught() throws {
        var technician = "", part = ""
        let found = try violations { snapshot, plan in
            // A technician away from the depot whose route uses a part from the van.
            let (day, valid) = (snapshot, plan)
            let depot = day.business.depot
            let pair = day.technicians.lazy.filter {
                GreatCircleTravelTimes.greatCircleMetres($0.start, depot) > PlanChecker.depotRadiusMetres
            }.compactMap { t -> (Technician, String)? in
                let needed = valid.visits(of: t.id).flatMap { day.job($0.jobID)!.parts.map(\.part) }
                return needed.first.map { (t, $0) }
            }.first
            let (owner, used) = try #require(pair, "no technician away from the depot uses parts in this plan")
            technician = owner.id
            part = used
            let t = try #require(snapshot.technicians.firstIndex { $0.id == owner.id })
            snapshot.technicians[t].stock.removeAll { $0.part == used }
        }
        #expect(found.contains { $0.hasPrefix("\(technician) does not start at the depot and carries 0× \(part)") }, "\(found)")
    }

    @Test func aBreakOutsideItsIntervalIsCaught() throws {
        var technician = ""
        let found = try violations { _, plan in
            let k = try #require(plan.routes.firstIndex { !$0.breaks.isEmpty })
            technician = plan.routes[k].technicianID
            let rest = plan.routes[k].breaks[0]
            plan.routes[k].breaks[0] = DateInterval(start: rest.start.addingTimeInterval(-4 * 3600), duration: rest.duration)
        }
        #expect(found.contains { $0.hasPrefix("\(technician): break starts at") }, "\(found)")
    }

    @Test func aBrokenPromiseWithoutAProposalIsCaught() throws {
        var job = ""
        let found = try violations { snapshot, plan in
            // Leave a promised job out, as if it could not be kept, and say nothing about what to do.
            let promised = try #require(plan.visits.first { snapshot.job($0.jobID)!.promisedWindow != nil })
            job = promised.jobID
            plan.visits.remove(at: try index(of: job, in: plan))
            plan.unassigned.append(UnassignedJob(jobID: job, reason: "no room", brokenPromise: true, proposal: nil))
        }
        #expect(found.contains("\(job): broken promise without a proposal"), "\(found)")
    }

    @Test func aWrongChecklistLineIsCaught() throws {
        var technician = ""
        let found = try violations { _, plan in
            let k = try #require(plan.routes.firstIndex { !$0.checklist.isEmpty })
            technician = plan.routes[k].technicianID
            plan.routes[k].checklist[0].needed += 1
        }
        #expect(found.contains { $0.hasPrefix("\(technician): checklist is") }, "\(found)")
    }

    @Test func aJobUnderWayThatNoLongerLeadsItsRouteIsCaught() throws {
        var technician = "", job = ""
        let found = try violations { snapshot, plan in
            // The plan was published and the technician set off to their second stop.
            technician = try busiest(plan)
            job = plan.visits(of: technician)[1].jobID
            snapshot.publishedPlan = plan
            let k = try #require(snapshot.jobs.firstIndex { $0.id == job })
            snapshot.jobs[k].status = .enRoute
        }
        #expect(found.contains { $0.hasPrefix("\(technician): route starts") && $0.hasSuffix("under way are [\"\(job)\"]") },
                "\(found)")
    }

    @Test func aVisitOutsideItsPromisedWindowIsCaught() throws {
        var job = ""
        let found = try violations { snapshot, plan in
            // A promised visit planned an hour later than its window allows, times otherwise consistent.
            let day = snapshot
            let k = try #require(plan.visits.firstIndex { day.job($0.jobID)!.promisedWindow != nil })
            job = plan.visits[k].jobID
            let late = day.job(job)!.promisedWindow!.end.addingTimeInterval(3600).timeIntervalSince(plan.visits[k].plannedStart)
            plan.visits[k].plannedArrival.addTimeInterval(late)
            plan.visits[k].plannedStart.addTimeInterval(late)
            plan.visits[k].plannedEnd.addTimeInterval(late)
        }
        #expect(found.contains { $0.contains("\(job): starts at") && $0.contains("outside the promised") }, "\(found)")
    }
}
