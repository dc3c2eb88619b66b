import Foundation
import PunctualTestSupport
import Testing
import struct Routing.SplitMix64
import struct Routing.Solution
@testable import Punctual
@testable import PunctualCore
@testable import PunctualImport
@testable import PunctualSample

/// Every promise booking accepts is one the morning's plan keeps: businesses of several shapes,
/// every request offered and booked in a random order with a random pick among the offers, then
/// the day planned, and the plan checked from scratch.
@Suite struct PromiseLedgerTests {
    typealias Shape = BusinessShape

    static let shapes = [
        // Two technicians cannot cover every trade: scarce skills, and more requests than fit.
        Shape(technicians: 2, jobs: 24, cases: 24),
        Shape(technicians: 3, jobs: 30, cases: 24),
        Shape(technicians: 4, jobs: 18, cases: 24),
        Shape(technicians: 6, jobs: 45, cases: 6),
        Shape(technicians: 10, jobs: 90, cases: 2),
    ]

    @Test(arguments: shapes)
    func everyPromiseBookingAcceptedIsKeptByThePlan(shape: Shape) throws {
        var booked = 0
        for seed in 1...UInt64(PropertyScale.cases(shape.cases)) {
            booked += try playBookingDesk(shape, seed: seed * 7919 + UInt64(shape.technicians))
        }
        #expect(booked > PropertyScale.cases(shape.cases), "the desk booked almost nothing; the property would be empty")
    }

    /// Offers and books every request of a generated day, then plans it; returns how many were booked.
    func playBookingDesk(_ shape: Shape, seed: UInt64) throws -> Int {
        let business = SampleBusinessGenerator(technicians: shape.technicians, jobs: shape.jobs, seed: seed).generate()
        let store = try PlanningDays.store(business.requestsOnly())
        let date = PlanningDays.date
        let calendar = try store.requireProfile().calendar
        let evening = calendar.instant(date.adding(days: -1), TimeOfDay(hour: 18))
        var random = SplitMix64(seed: seed)
        var order = try store.jobs(on: date).map(\.id)
        order.shuffle(using: &random)
        let booker = Booker(notifier: nil)
        var promised: [String: DateInterval] = [:]
        for (k, jobID) in order.enumerated() {
            let now = evening.addingTimeInterval(Double(k) * 60)
            let offers = try booker.offers(jobID: jobID, days: 1, store: store, now: now)
            guard !offers.isEmpty else { continue }
            let pick = offers[Int(random.next() % UInt64(min(3, offers.count)))]
            _ = try booker.book(jobID: jobID, window: pick.window, store: store, now: now)
            promised[jobID] = pick.window
        }
        let snapshot = try store.daySnapshot(on: date)
        let morning = calendar.instant(date, TimeOfDay(hour: 6, minute: 30))
        let plan = try PlanningDays.planner(iterations: 150, seed: seed).plan(snapshot, now: morning).plan
        let context = "\(shape), seed \(seed): \(promised.count) booked"
        #expect(plan.unassigned.filter(\.brokenPromise).map(\.jobID) == [], "\(context)")
        let served = Set(plan.visits.map(\.jobID))
        #expect(promised.keys.filter { !served.contains($0) }.sorted() == [], "\(context)")
        let violations = PlanChecker(snapshot: snapshot).violations(of: plan)
        #expect(violations.isEmpty, "\(context): \(violations.prefix(5).joined(separator: "; "))")
        return promised.count
    }

    /// Each time a promise is made the ledger holds it, and the ledger's routes keep every promise
    /// made so far (checked by planning exactly the ledger, with no search).
    @Test func theLedgerHoldsEveryPromiseAfterEachBooking() throws {
        let business = SampleBusinessGenerator(technicians: 3, jobs: 24, seed: 5).generate()
        let store = try PlanningDays.store(business.requestsOnly())
        let date = PlanningDays.date
        let calendar = try store.requireProfile().calendar
        let evening = calendar.instant(date.adding(days: -1), TimeOfDay(hour: 18))
        let booker = Booker(notifier: nil)
        var promised: Set<String> = []
        for jobID in try store.jobs(on: date).map(\.id) {
            guard let offer = try booker.offers(jobID: jobID, days: 1, store: store, now: evening).last else { continue }
            _ = try booker.book(jobID: jobID, window: offer.window, store: store, now: evening)
            promised.insert(jobID)
            let ledger = try store.commitments(on: date)
            #expect(ledger.jobIDs.isSuperset(of: promised), "after booking \(jobID)")
            let day = try store.daySnapshot(on: date)
            let model = try DayModel(snapshot: day, jobs: OfferFinder.commitments(of: day, excluding: "")) { points in
                day.settings.greatCircleTravelTimes.matrix(for: points)
            }
            let held = Solution(problem: model.problem, routes: model.routes(of: ledger))
            let left = held.unassigned.map { model.jobs[$0.job].id }.filter(promised.contains)
            #expect(left == [], "the ledger's own routes break a promise after booking \(jobID)")
        }
        #expect(promised.count >= 10)
    }

    @Test func publishingAPlanMakesItsRoutesTheLedger() throws {
        let business = SampleBusinessGenerator(technicians: 3, jobs: 20, seed: 9).generate()
        let store = try PlanningDays.store(business)
        let snapshot = try store.daySnapshot(on: PlanningDays.date)
        #expect(snapshot.commitments.isEmpty)
        let plan = try PlanningDays.planner(iterations: 50).planAndStore(snapshot, in: store, now: PlanningDays.now, publish: true)
        #expect(try store.commitments(on: PlanningDays.date) == DayCommitments(plan: plan))
    }
}
