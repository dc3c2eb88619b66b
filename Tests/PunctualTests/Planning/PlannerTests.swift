import Foundation
import PunctualTestSupport
import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualImport
@testable import PunctualSample

/// What the planner promises a dispatcher, each checked by `PlanChecker` from the business's data.
@Suite struct PlannerTests {
    private func check(_ plan: Plan, _ snapshot: DaySnapshot) {
        let violations = PlanChecker(snapshot: snapshot).violations(of: plan)
        let listed = violations.prefix(20).joined(separator: "\n")
        #expect(violations.isEmpty, "\(violations.count) violations:\n\(listed)")
    }

    private func leftOut(_ plan: Plan, _ id: String) throws -> UnassignedJob {
        try #require(plan.unassigned.first { $0.jobID == id }, "\(id) was expected among the unassigned")
    }

    @Test func theSampleDayHoldsEveryRuleAndKeepsEveryPromise() throws {
        let snapshot = try PlanningDays.sampleStore().daySnapshot(on: PlanningDays.date)
        let plan = try PlanningDays.planner().plan(snapshot, now: PlanningDays.now).plan
        check(plan, snapshot)
        #expect(plan.unassigned.filter(\.brokenPromise).map(\.jobID) == [])
        #expect(plan.visits.count >= snapshot.jobs.count * 3 / 4, "only \(plan.visits.count) of \(snapshot.jobs.count) served")
    }

    /// Whatever the business, a day is planned until its last shift ends and refused after: an
    /// empty plan published for a day that is over would only hide that nothing can be served.
    @Test(arguments: [(3, 20, UInt64(21)), (6, 40, 22), (12, 96, 23)])
    func aDayWhoseShiftsHaveAllEndedIsRefused(technicians: Int, jobs: Int, seed: UInt64) throws {
        let business = SampleBusinessGenerator(technicians: technicians, jobs: jobs, seed: seed).generate()
        let snapshot = try PlanningDays.store(business).daySnapshot(on: PlanningDays.date)
        let lastEnd = try #require(snapshot.technicians.map(\.shift.end).max())
        let end = snapshot.calendar.instant(PlanningDays.date, lastEnd)
        _ = try PlanningDays.planner(iterations: 20).plan(snapshot, now: end.addingTimeInterval(-60))
        for now in [end, end.addingTimeInterval(3_600), end.addingTimeInterval(86_400 * 7)] {
            #expect(throws: PlanningError.self) { try PlanningDays.planner(iterations: 20).plan(snapshot, now: now) }
        }
        do {
            _ = try PlanningDays.planner(iterations: 20).plan(snapshot, now: end)
        } catch let error as PlanningError {
            #expect(error.description.hasPrefix("\(PlanningDays.date) is over: its last shift ended at \(lastEnd)"))
        }
    }

    @Test(arguments: [(3, 20, UInt64(11)), (4, 30, 12), (5, 40, 13), (3, 35, 14), (4, 25, 15)])
    func generatedDaysHoldEveryRule(technicians: Int, jobs: Int, seed: UInt64) throws {
        let business = SampleBusinessGenerator(technicians: technicians, jobs: jobs, seed: seed).generate()
        let snapshot = try PlanningDays.store(business).daySnapshot(on: PlanningDays.date)
        #expect(snapshot.jobs.count == jobs)
        let plan = try PlanningDays.planner(iterations: 100, seed: seed).plan(snapshot, now: PlanningDays.now).plan
        check(plan, snapshot)
    }

    /// A plan first aims to reach every promise in the first half of its hour (`planning.wide_buffer_minutes`),
    /// where a day's overruns then go, and that never costs a promise: over generated days of
    /// several shapes, against the same day planned with the plain margin only.
    @Test(arguments: [(3, 24, UInt64(31)), (6, 48, 32), (10, 90, 33)])
    func promisesAreReachedEarlyInTheirWindowsWhereTheDayHasRoom(technicians: Int, jobs: Int, seed: UInt64) throws {
        let store = try PlanningDays.store(SampleBusinessGenerator(technicians: technicians, jobs: jobs, seed: seed).generate())
        func plan(wideMinutes: Int) throws -> (plan: Plan, snapshot: DaySnapshot) {
            try store.setSetting(.wideBufferMinutes, to: "\(wideMinutes)")
            let snapshot = try store.daySnapshot(on: PlanningDays.date)
            return (try PlanningDays.planner(iterations: 200, seed: seed).plan(snapshot, now: PlanningDays.now).plan, snapshot)
        }
        let plain = try plan(wideMinutes: 0)
        let wide = try plan(wideMinutes: 30)
        check(wide.plan, wide.snapshot)
        let windows = Dictionary(uniqueKeysWithValues: wide.snapshot.jobs.compactMap { job in job.promisedWindow.map { (job.id, $0) } })
        try #require(windows.count >= jobs / 4, "the generated day should hold promises")
        func early(_ plan: Plan) -> Int {
            plan.visits.filter { visit in windows[visit.jobID].map { visit.plannedArrival <= $0.end.addingTimeInterval(-30 * 60) } ?? false }.count
        }
        func broken(_ plan: Plan) -> Int { plan.unassigned.filter(\.brokenPromise).count }
        #expect(broken(wide.plan) <= broken(plain.plan))
        #expect(early(wide.plan) >= early(plain.plan), "\(early(wide.plan)) promises reached early with the wide margin, \(early(plain.plan)) without")
    }

    @Test func aSkillNobodyHasIsNamed() throws {
        let store = try PlanningDays.store(jobs: [
            "J0101,Ann Roof,+14065550201,,sms,,46.87,-114.00,roof-leak,60,roofing,,normal,2026-11-24,,,,",
        ])
        let snapshot = try store.daySnapshot(on: PlanningDays.date)
        let plan = try PlanningDays.planner().plan(snapshot, now: PlanningDays.now).plan
        check(plan, snapshot)
        let left = try leftOut(plan, "J0101")
        #expect(left.reason == "no technician has the skill 'roofing'")
        #expect(!left.brokenPromise && left.proposal == nil)
    }

    @Test func aPartNoVanCarriesWithNobodyAtTheDepotIsNamed() throws {
        // Only T02, who starts away from the depot with an empty van.
        let technicians = Fixtures.technicians.split(separator: "\n").filter { !$0.hasPrefix("T01") }.joined(separator: "\n")
        let store = try PlanningDays.store(
            jobs: ["J0102,Bo Pipe,+14065550202,,sms,,46.86,-114.01,drain-clog,30,plumbing,contactor-30a:1,normal,2026-11-24,,,,"],
            technicians: technicians, stock: "technician_id,part,quantity")
        let snapshot = try store.daySnapshot(on: PlanningDays.date)
        let plan = try PlanningDays.planner().plan(snapshot, now: PlanningDays.now).plan
        check(plan, snapshot)
        let left = try leftOut(plan, "J0102")
        #expect(left.reason.contains("needs 1× contactor-30a"))
        #expect(left.reason.contains("(T02)"))
        #expect(left.reason.contains("none of them starts at the depot"))
    }

    @Test func aDepotStarterLoadsWhatTheVanLacks() throws {
        // T01 starts at the depot with 2 contactors; the job needs 5.
        let store = try PlanningDays.store(jobs: [
            "J0103,Cy Coil,+14065550203,,sms,,46.88,-114.00,ac-repair,60,hvac,contactor-30a:5,normal,2026-11-24,,,,",
        ])
        let snapshot = try store.daySnapshot(on: PlanningDays.date)
        let plan = try PlanningDays.planner().plan(snapshot, now: PlanningDays.now).plan
        check(plan, snapshot)
        #expect(plan.visits.map(\.technicianID) == ["T01"])
        #expect(plan.routes.first?.checklist == [PartChecklistItem(part: "contactor-30a", needed: 5, inVan: 2, load: 3)])
    }

    /// The depot is behind a technician once their shift has begun: a day re-planned after that
    /// hands them only jobs whose parts their van went out with, and the checklist still says
    /// what they loaded.
    @Test func aDepotStarterWhoHasSetOffHasOnlyWhatTheVanWentOutWith() throws {
        // T01 goes out with 2 contactors in the van and 3 loaded: exactly J0103's 5.
        let store = try PlanningDays.store(jobs: [
            "J0103,Cy Coil,+14065550203,,sms,,46.88,-114.00,ac-repair,60,hvac,contactor-30a:5,normal,2026-11-24,,,,",
        ])
        _ = try PlanningDays.planner().planAndStore(try store.daySnapshot(on: PlanningDays.date), in: store, now: PlanningDays.now,
                                                    publish: true)
        try Importer(store: store).run([.init(kind: .jobs, name: "late.csv", contents: [Fixtures.jobsHeader,
            "J0105,Ed Late,+14065550205,,sms,,46.87,-114.01,ac-repair,30,hvac,contactor-30a:1,normal,2026-11-24,,,,"].joined(separator: "\n"))])
        let snapshot = try store.daySnapshot(on: PlanningDays.date)
        let tenOClock = snapshot.calendar.instant(PlanningDays.date, TimeOfDay(hour: 10))
        let midday = try PlanningDays.planner().plan(snapshot, now: tenOClock).plan
        // Five contactors in the van: one of the two jobs, not both (T02 has none and never passes the depot).
        #expect(midday.visits.count == 1 && midday.unassigned.count == 1, "\(midday.visits.map(\.jobID))")
        let checklist = try #require(midday.routes.first { $0.technicianID == "T01" }?.checklist.first)
        #expect(checklist.part == "contactor-30a" && checklist.inVan == 2 && checklist.load == 3)
        // Before the shift the same day still loads what it needs.
        let early = try PlanningDays.planner().plan(snapshot, now: snapshot.calendar.instant(PlanningDays.date, TimeOfDay(hour: 7))).plan
        #expect(Set(early.visits.map(\.jobID)) == ["J0103", "J0105"])
    }

    @Test func anImpossiblePromiseIsBrokenOpenlyWithAProposal() throws {
        // Promised 05:00–05:30; the earliest shift starts at 07:00.
        let store = try PlanningDays.store(jobs: [
            "J0104,Di Early,+14065550204,,sms,,46.86,-114.01,drain-clog,30,plumbing,,normal,2026-11-24,05:00,05:30,,",
        ])
        let snapshot = try store.daySnapshot(on: PlanningDays.date)
        let plan = try PlanningDays.planner().plan(snapshot, now: PlanningDays.now).plan
        check(plan, snapshot)
        let left = try leftOut(plan, "J0104")
        #expect(left.brokenPromise)
        #expect(left.reason.contains("can reach it inside 05:00-05:30"), "\(left.reason)")
        let proposal = try #require(left.proposal)
        #expect(proposal.hasPrefix("T02 (Nina Hansen) could arrive at 07:"), "\(proposal)")
        #expect(proposal.contains("rebook"))
    }

    @Test func aJobUnderWayStaysFirstOnItsTechniciansRoute() throws {
        let business = SampleBusinessGenerator(technicians: 4, jobs: 30, seed: 21).generate()
        let store = try PlanningDays.store(business)
        let first = try PlanningDays.planner().plan(try store.daySnapshot(on: PlanningDays.date), now: PlanningDays.now).plan
        let published = try store.savePlan(first)
        try store.publishPlan(id: try #require(published.id))
        // The technician with the longest route has set off to their second stop instead of the first.
        let technician = try #require(first.routes.map(\.technicianID).max {
            first.visits(of: $0).count < first.visits(of: $1).count
        })
        let underWay = first.visits(of: technician)[1].jobID

        func replan() throws -> Plan {
            var snapshot = try store.daySnapshot(on: PlanningDays.date)
            let index = try #require(snapshot.jobs.firstIndex { $0.id == underWay })
            snapshot.jobs[index].status = .enRoute
            let plan = try PlanningDays.planner(seed: 2).plan(snapshot, now: PlanningDays.now).plan
            check(plan, snapshot)
            #expect(plan.visits(of: technician).first?.jobID == underWay)
            #expect(plan.visits.filter { $0.jobID == underWay }.count == 1)
            return plan
        }
        try store.savePlan(try replan())
        _ = try replan()
    }

    @Test func aPlanReadsBackFromTheStoreAsItWasSaved() throws {
        let store = try PlanningDays.store(jobs: [
            "J0101,Ann Roof,+14065550201,,sms,,46.87,-114.00,roof-leak,60,roofing,,normal,2026-11-24,,,,",
            "J0103,Cy Coil,+14065550203,,sms,,46.88,-114.00,ac-repair,60,hvac,contactor-30a:5;capacitor-45uf:1,normal,2026-11-24,09:00,10:00,,",
            "J0104,Di Early,+14065550204,,sms,,46.86,-114.01,drain-clog,30,plumbing,,normal,2026-11-24,05:00,05:30,,",
            "J0105,Ed Drain,+14065550205,,sms,,46.85,-114.02,drain-clog,45,plumbing,,high,2026-11-24,,,12:00-16:00,",
            "J0106,Flo Fan,+14065550206,,sms,,46.89,-114.03,ac-repair,240,hvac,,low,2026-11-24,,,,",
            "J0107,Gus Gone,+14065550207,,sms,,46.84,-114.04,drain-clog,30,plumbing,,normal,2026-11-24,,,,",
        ])
        var snapshot = try store.daySnapshot(on: PlanningDays.date)
        // Under way but on no published plan: left out with a warning.
        let index = try #require(snapshot.jobs.firstIndex { $0.id == "J0107" })
        snapshot.jobs[index].status = .inProgress
        let plan = try PlanningDays.planner().plan(snapshot, now: PlanningDays.now).plan
        check(plan, snapshot)
        #expect(plan.routes.contains { !$0.breaks.isEmpty && !$0.checklist.isEmpty })
        #expect(plan.unassigned.contains { $0.brokenPromise && $0.proposal != nil })
        #expect(!plan.warnings.isEmpty)

        let saved = try store.savePlan(plan)
        let id = try #require(saved.id)
        let read = try #require(try store.plan(id: id))
        #expect(Self.canonical(read) == Self.canonical(saved))
        check(read, snapshot)
    }

    /// `plan` with its lists in one order, so that equal contents compare equal.
    static func canonical(_ plan: Plan) -> Plan {
        var plan = plan
        plan.visits.sort { ($0.technicianID, $0.sequence) < ($1.technicianID, $1.sequence) }
        plan.unassigned.sort { $0.jobID < $1.jobID }
        plan.routes.sort { $0.technicianID < $1.technicianID }
        for k in plan.routes.indices {
            plan.routes[k].breaks.sort { $0.start < $1.start }
            plan.routes[k].checklist.sort { $0.part < $1.part }
        }
        return plan
    }
}
