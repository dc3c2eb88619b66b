import Foundation
import PunctualTestSupport
import Testing
@testable import Punctual
@testable import PunctualCore

/// At 10:30 on a planned, promised day, the technician with the most promises left is stuck on a
/// job with two hours still to go; everyone else has done what the plan had them finish by then.
/// Over generated businesses of several shapes, the rest of the day planned again from where it
/// stands must: leave what was reached as it was; keep every promise on some route, unchanged;
/// give each technician only visits they can reach in their windows from where they are and when
/// they are free (checked independently: leg by leg, on the estimate the store holds); have fewer
/// promises at risk on the tracker's own forecast and none newly at risk; and tell exactly the
/// promised customers whose technician changed, once, with every thread still true.
@Suite struct SlippedDayRecoveryTests {
    typealias Shape = BusinessShape

    static let shapes = [
        // Scarce trades, then bigger teams (the absence scenario covers twelve technicians).
        Shape(technicians: 3, jobs: 24, cases: 3),
        Shape(technicians: 5, jobs: 40, cases: 2),
        Shape(technicians: 8, jobs: 72, cases: 2),
    ]
    static let date = AbsenceScenarioTests.date
    /// What the stuck technician says is left of their job at 10:30.
    static let minutesLeft = 120
    /// The iterations bound the search, not the machine's speed: a loaded machine re-plans the same.
    static let recovery = DayRecovery(secondsCap: 600)

    @Test(arguments: shapes)
    func aSlippedMorningIsPlannedAgainFromWhereTheDayStands(shape: Shape) throws {
        var recovered = 0, atRisk = 0
        for seed in 1...UInt64(PropertyScale.cases(shape.cases)) {
            let result = try playSlippedMorning(shape, seed: seed * 7_919 + UInt64(shape.jobs))
            if result.recovered { recovered += 1 }
            atRisk += result.atRiskBefore
        }
        #expect(atRisk > 0, "\(shape): the slip put nothing at risk; the property would be empty")
        #expect(recovered > 0, "\(shape): no slipped morning was re-planned")
    }

    struct Result {
        var atRiskBefore: Int
        var recovered: Bool
    }

    /// The promised day of `shape` at 10:30 with the morning reported as above.
    struct SlippedMorning {
        var store: Store
        var before: Plan
        var promised: [String: DateInterval]
        var stuck: String
        var stuckOn: PlanVisit
        var now: Date
        var parts: (Store, Plan, [String: DateInterval], String, PlanVisit, Date) { (store, before, promised, stuck, stuckOn, now) }
    }

    static func slippedMorning(_ shape: Shape, seed: UInt64) throws -> SlippedMorning {
        let store = try AbsenceScenarioTests.promisedDay(shape, seed: seed)
        let calendar = try store.requireProfile().calendar
        let now = calendar.instant(Self.date, TimeOfDay(hour: 10, minute: 30))
        let before = try #require(try store.publishedPlan(on: Self.date))
        let promised = Dictionary(uniqueKeysWithValues: try store.jobs(on: Self.date).compactMap { job in job.promisedWindow.map { (job.id, $0) } })
        // Stuck: the technician with the most promises still ahead, on the visit under way at 10:30 (else their next).
        let stuck = try #require(before.routes.map(\.technicianID).max { a, b in
            let ahead = { (id: String) in before.visits(of: id).filter { promised[$0.jobID] != nil && $0.plannedEnd > now }.count }
            return (ahead(a), b) < (ahead(b), a)
        })
        let stuckOn = try #require(before.visits(of: stuck).first { $0.plannedEnd > now })
        for route in before.routes {
            // Setting off when the visit before ends: the trips reported are the plan's.
            var setOff = route.departure
            for visit in before.visits(of: route.technicianID) {
                if route.technicianID == stuck && visit.jobID == stuckOn.jobID {
                    let arrived = min(visit.plannedArrival, now.addingTimeInterval(-600))
                    try Self.report(store, visit, [(.enRoute, min(setOff, arrived)), (.arrived, arrived), (.started, arrived), (.runningOver, now)],
                                    minutesLeft: Self.minutesLeft)
                    break
                }
                guard visit.plannedEnd <= now else { break }
                try Self.report(store, visit, [(.enRoute, setOff), (.arrived, visit.plannedArrival), (.started, visit.plannedStart),
                                               (.completed, visit.plannedEnd)])
                setOff = visit.plannedEnd
            }
        }
        return SlippedMorning(store: store, before: before, promised: promised, stuck: stuck, stuckOn: stuckOn, now: now)
    }

    func playSlippedMorning(_ shape: Shape, seed: UInt64) throws -> Result {
        let (store, before, promised, stuck, stuckOn, now) = try Self.slippedMorning(shape, seed: seed).parts
        let calendar = try store.requireProfile().calendar
        let tracker = try Tracker.fromSettings(store: store)
        let atRiskBefore = try Self.atRisk(store, tracker: tracker, now: now)
        let messagesBefore = Set(try store.messages().map(\.id))
        let reached = Set(try store.jobs(on: Self.date).filter { $0.status.isUnderWayOrDone }.map(\.id))
        let context = "\(shape), seed \(seed), \(stuck) stuck on \(stuckOn.jobID), \(atRiskBefore.count) at risk"

        guard let outcome = try Self.recovery.recover(Self.date, store: store, tracker: tracker, now: now, reason: "test") else {
            // Nothing better found: nothing changed, nobody told.
            #expect(try store.publishedPlan(on: Self.date)?.id == before.id, "\(context)")
            #expect(try store.messages().allSatisfy { messagesBefore.contains($0.id) }, "\(context)")
            return Result(atRiskBefore: atRiskBefore.count, recovered: false)
        }
        let after = try #require(try store.publishedPlan(on: Self.date))
        #expect(after.id == outcome.plan.id && after.version == before.version + 1, "\(context)")
        #expect(outcome.atRiskBefore.sorted() == atRiskBefore.sorted(), "\(context)")

        // What was reached stays as it was, first on its technician's route.
        for route in before.routes {
            let done = before.visits(of: route.technicianID).filter { reached.contains($0.jobID) }
            #expect(Array(after.visits(of: route.technicianID).prefix(done.count)) == done, "\(context): \(route.technicianID)'s morning changed")
        }
        // Every promise is still on a route, as it was made.
        let placed = Set(after.visits.map(\.jobID))
        for (id, window) in promised where before.visits.contains(where: { $0.jobID == id }) {
            #expect(placed.contains(id), "\(context): \(id)'s promise was dropped")
            #expect(try store.job(id)?.promisedWindow == window, "\(context): \(id)'s promise moved")
        }
        #expect(outcome.deferred.allSatisfy { promised[$0] == nil }, "\(context)")
        // A promise still at risk may be planned late: its customer hears it from the warning.
        let violations = try Self.unreachable(after, store: store, reached: reached, stuck: stuck, readyAt: now.addingTimeInterval(TimeInterval(Self.minutesLeft * 60)), now: now)
            .filter { line in !outcome.atRiskAfter.contains { line.hasPrefix("\($0) starts") } }
        #expect(violations.isEmpty, "\(context): \(violations.prefix(3))")

        // The tracker agrees: fewer at risk, none newly so.
        let atRiskAfter = try Self.atRisk(store, tracker: tracker, now: now)
        #expect(atRiskAfter.count < atRiskBefore.count, "\(context): at risk \(atRiskBefore.sorted()) → \(atRiskAfter.sorted())")
        #expect(atRiskAfter.isSubset(of: atRiskBefore), "\(context): newly at risk \(atRiskAfter.subtracting(atRiskBefore).sorted())")

        // Exactly the promised customers whose technician changed hear it, once; every thread reads true.
        let told = Dictionary(grouping: try store.messages().filter { !messagesBefore.contains($0.id) }, by: { $0.jobID ?? "" })
        let wasWith = Dictionary(uniqueKeysWithValues: before.visits.map { ($0.jobID, $0.technicianID) })
        for visit in after.visits {
            let keys = Set((told[visit.jobID] ?? []).map { Notifier.baseKey($0.idempotencyKey) })
            if wasWith[visit.jobID] != visit.technicianID {
                #expect(outcome.handedOver.contains(visit.jobID), "\(context)")
                // Without a promise nobody was told a time or a name: nothing to correct.
                guard promised[visit.jobID] != nil else {
                    #expect(keys.isEmpty, "\(context): \(visit.jobID) has no promise, yet was told \(keys.sorted())")
                    continue
                }
                #expect(keys.count == 1 && keys.first!.contains(":reassigned:"), "\(context): \(visit.jobID) told \(keys.sorted())")
            } else {
                #expect(keys.isEmpty, "\(context): \(visit.jobID) kept its technician, yet was told \(keys.sorted())")
            }
        }
        let checker = ThreadChecker(calendar: calendar)
        for job in try store.jobs(on: Self.date) {
            guard let customer = try store.customer(id: job.customerID) else { continue }
            let found = checker.contradictions(jobID: job.id, messages: try store.messages(jobID: job.id), customer: customer, finalStatus: job.status)
            #expect(found.isEmpty, "\(context): \(found)")
        }
        return Result(atRiskBefore: atRiskBefore.count, recovered: true)
    }

    @Test func whenNoSingleHandoverSavesItTheResponderPlansTheRestOfTheDayAgain() throws {
        var replanned = 0
        for seed in 1...UInt64(PropertyScale.cases(2)) {
            let morning = try Self.slippedMorning(Self.shapes[0], seed: seed * 7_919 + 24)
            let tracker = try Tracker.fromSettings(store: morning.store)
            for route in morning.before.routes { try tracker.update(technician: route.technicianID, now: morning.now) }
            let responses = try EventResponder(store: morning.store, tracker: tracker, recovery: Self.recovery).respond(now: morning.now)
            for response in responses {
                switch response.action {
                case .replanned(let handedOver, let technicians):
                    replanned += 1
                    #expect(!technicians.isEmpty)
                    #expect(handedOver.allSatisfy { id in try! morning.store.publishedPlan(on: Self.date)!.visits.contains { $0.jobID == id } })
                    #expect(try morning.store.atRiskJobs().contains(response.event.jobID!) == false)
                case .held(let reason) where reason.hasPrefix("re-planned"):
                    replanned += 1
                default: break
                }
            }
        }
        #expect(replanned > 0, "no slipped morning made the responder re-plan")
    }

    static func report(_ store: Store, _ visit: PlanVisit, _ steps: [(VisitEventKind, Date)], minutesLeft: Int? = nil) throws {
        for (kind, at) in steps {
            _ = try store.recordVisitEvent(VisitEvent(jobID: visit.jobID, technicianID: visit.technicianID, kind: kind, at: at,
                                                      statusAfter: .scheduled, minutesLeft: kind == .runningOver ? minutesLeft : nil))
        }
    }

    /// Promised visits not yet reached whose forecast P(late) reaches the tracker's threshold.
    static func atRisk(_ store: Store, tracker: Tracker, now: Date) throws -> Set<String> {
        var result = Set<String>()
        for day in try store.technicianDays(on: date) {
            for visit in try tracker.forecast(day, now: now).visits
            where visit.window != nil && visit.status.isAwaitingArrival && (visit.forecast?.pLate ?? 0) >= tracker.policy.atRiskThreshold {
                result.insert(visit.jobID)
            }
        }
        return result
    }

    /// The new visits ahead of each technician that the plan's own times cannot hold, recomputed
    /// leg by leg from where the technician is (the stuck one on site until `readyAt`, the others
    /// at their last visit done, else at their start, free from now): each arrival after the
    /// previous visit ends plus the trip at the roads' pace, each start inside its promise, each
    /// visit as long as its learned duration.
    static func unreachable(_ plan: Plan, store: Store, reached: Set<String>, stuck: String, readyAt: Date, now: Date) throws -> [String] {
        let snapshot = try store.daySnapshot(on: plan.date)
        let travel = snapshot.settings.greatCircleTravelTimes
        var found: [String] = []
        for technician in snapshot.technicians {
            let visits = plan.visits(of: technician.id)
            let behind = visits.filter { reached.contains($0.jobID) }
            var at = behind.last.flatMap { snapshot.job($0.jobID)?.location } ?? technician.start
            var free = technician.id == stuck ? readyAt : max(now, snapshot.calendar.instant(snapshot.date, technician.shift.start))
            for visit in visits.dropFirst(behind.count) {
                guard let job = snapshot.job(visit.jobID) else { continue }
                let trip = Double(travel.trip(from: at, to: job.location).seconds) * snapshot.roadPace
                let service = Double(job.durationMinutes * 60) * snapshot.pace.factor(for: job.type).mean
                if visit.plannedArrival.timeIntervalSince(free) < trip - 60 {
                    found.append("\(visit.jobID) planned \(Int(visit.plannedArrival.timeIntervalSince(free) / 60)) min after \(technician.id) is free, the trip takes \(Int(trip / 60))")
                }
                if let window = job.promisedWindow, !(window.start.addingTimeInterval(-60)...window.end.addingTimeInterval(60)).contains(visit.plannedStart) {
                    found.append("\(visit.jobID) starts \(visit.plannedStart) outside its promise \(window)")
                }
                if visit.plannedEnd.timeIntervalSince(visit.plannedStart) < service - 60 { found.append("\(visit.jobID) planned shorter than it takes") }
                at = job.location
                free = visit.plannedEnd
            }
        }
        return found
    }
}
