import Foundation
import PunctualTestSupport
import Testing
import struct Routing.SplitMix64
@testable import Punctual
@testable import PunctualCore
@testable import PunctualImport
@testable import PunctualSample

/// A technician calls in sick at 07:10 on a planned, promised day. Over generated businesses of
/// several shapes: each of their promised visits is handed to someone who keeps its window or its
/// customer is told and offered new times; every customer whose visit changed is told exactly once
/// and nobody else hears anything; what needs a person is in the inbox; the new plan checks out.
@Suite struct AbsenceScenarioTests {
    typealias Shape = BusinessShape

    static let shapes = [
        // Scarce trades: two or three technicians cannot cover for each other's skills.
        Shape(technicians: 2, jobs: 16, cases: 6),
        Shape(technicians: 3, jobs: 24, cases: 6),
        Shape(technicians: 5, jobs: 40, cases: 4),
        Shape(technicians: 8, jobs: 72, cases: 2),
        Shape(technicians: 12, jobs: 110, cases: 2),
    ]

    static let date = LocalDate(parsing: "2026-11-24")!

    @Test(arguments: shapes)
    func aTechnicianOffSickAtTenPastSevenLeavesNoCustomerInTheDark(shape: Shape) throws {
        var handedOver = 0, broken = 0, most = 0
        for seed in 1...UInt64(PropertyScale.cases(shape.cases)) {
            let result = try playSickMorning(shape, seed: seed * 104_729 + UInt64(shape.jobs))
            handedOver += result.handedOver
            broken += result.broken
            most = max(most, result.promised)
        }
        #expect(handedOver + broken > 0, "\(shape): nobody's visit moved; the property would be empty")
        if shape.technicians >= 8 { #expect(most >= 8, "\(shape): the absent technician should have a full day of promises (had \(most))") }
    }

    struct Result {
        var promised: Int
        var handedOver: Int
        var broken: Int
    }

    func playSickMorning(_ shape: Shape, seed: UInt64) throws -> Result {
        let store = try Self.promisedDay(shape, seed: seed)
        let calendar = try store.requireProfile().calendar
        let before = try #require(try store.publishedPlan(on: Self.date))
        let promisedBefore = Dictionary(uniqueKeysWithValues: try store.jobs(on: Self.date).compactMap { job in job.promisedWindow.map { (job.id, $0) } })
        // The technician with the most promised visits calls in sick.
        let absent = try #require(before.routes.map(\.technicianID).max { a, b in
            (before.visits(of: a).filter { promisedBefore[$0.jobID] != nil }.count, b) < (before.visits(of: b).filter { promisedBefore[$0.jobID] != nil }.count, a)
        })
        let theirs = before.visits(of: absent).map(\.jobID).filter { promisedBefore[$0] != nil }
        let messagesBefore = Set(try store.messages().map(\.id))
        let inboxBefore = Set(try store.inbox(includeHandled: true).map(\.id))
        let sickCall = calendar.instant(Self.date, TimeOfDay(hour: 7, minute: 10))

        try RosterDesk(store: store).absent(absent, on: Self.date, from: TimeOfDay(hour: 7, minute: 10), actor: "cli:test",
                                            reason: "called in sick", now: sickCall)

        let context = "\(shape), seed \(seed), \(absent) absent with \(theirs.count) promised visits"
        let after = try #require(try store.publishedPlan(on: Self.date), "\(context)")
        #expect(after.version > before.version, "\(context)")
        #expect(after.visits(of: absent).isEmpty, "\(context)")
        let violations = try PlanCheck.violations(store: store, plan: after)
        #expect(violations.isEmpty, "\(context): \(violations.prefix(3))")

        let told = Dictionary(grouping: try store.messages().filter { !messagesBefore.contains($0.id) }, by: { $0.jobID ?? "" })
        let newInbox = try store.inbox(includeHandled: true).filter { !inboxBefore.contains($0.id) }
        var result = Result(promised: theirs.count, handedOver: 0, broken: 0)
        let wasWith = Dictionary(uniqueKeysWithValues: before.visits.map { ($0.jobID, $0.technicianID) })
        let nowWith = Dictionary(uniqueKeysWithValues: after.visits.map { ($0.jobID, $0.technicianID) })
        for (id, window) in promisedBefore.sorted(by: { $0.key < $1.key }) {
            let job = try #require(try store.job(id))
            #expect(job.promisedWindow == window, "\(context): \(id)'s promise never moves without the customer")
            let kinds = (told[id] ?? []).map { Notifier.baseKey($0.idempotencyKey) }
            let keys = Set(kinds)
            if let technician = nowWith[id] {
                #expect(technician != absent)
                if wasWith[id] != nil && wasWith[id] != technician {
                    // Changed hands on the day itself: told once who comes instead, nothing else.
                    #expect(keys.count == 1 && keys.first!.contains(":reassigned:"), "\(context): \(id) told \(keys.sorted())")
                    result.handedOver += 1
                } else {
                    #expect(keys.isEmpty, "\(context): \(id) did not change, yet was told \(keys.sorted())")
                }
            } else if wasWith[id] != nil {
                // Nobody can keep it: told once, with new times or a person's call, and the inbox has it.
                #expect(keys.count == 1 && keys.first!.contains(":promise_broken:"), "\(context): \(id) told \(keys.sorted())")
                #expect(newInbox.contains { $0.jobID == id }, "\(context): the inbox holds \(id)")
                result.broken += 1
            }
        }
        for id in theirs { #expect(nowWith[id] != nil || result.broken > 0, "\(context): \(id) neither handed over nor told") }
        // Every thread still reads true from its start.
        let checker = ThreadChecker(calendar: calendar)
        for job in try store.jobs(on: Self.date) {
            guard let customer = try store.customer(id: job.customerID) else { continue }
            let found = checker.contradictions(jobID: job.id, messages: try store.messages(jobID: job.id), customer: customer, finalStatus: job.status)
            #expect(found.isEmpty, "\(context): \(found)")
        }
        #expect(told.keys.allSatisfy { promisedBefore[$0] != nil }, "\(context): only promised customers hear of it")
        return result
    }

    /// A generated business of `shape` whose requests for `date` each booked one of the first
    /// three windows offered the evening before, planned and published at 06:30.
    static func promisedDay(_ shape: Shape, seed: UInt64) throws -> Store {
        let business = try SampleBusinessGenerator(technicians: shape.technicians, jobs: shape.jobs, seed: seed).generate().requestsOnly()
        let store = try Self.store(business)
        let calendar = try store.requireProfile().calendar
        let evening = calendar.instant(Self.date.adding(days: -1), TimeOfDay(hour: 18))
        var random = SplitMix64(seed: seed)
        let booker = Booker()
        for (k, job) in try store.jobs(on: Self.date).enumerated() {
            let now = evening.addingTimeInterval(Double(k) * 30)
            let offers = try booker.offers(jobID: job.id, days: 1, store: store, now: now)
            guard !offers.isEmpty else { continue }
            _ = try booker.book(jobID: job.id, window: offers[Int(random.next() % UInt64(min(3, offers.count)))].window, store: store, now: now)
        }
        let planner = Planner(options: PlanningOptions(timeLimit: 30, iterationLimit: 150, seed: seed))
        _ = try planner.planAndStore(try store.daySnapshot(on: Self.date), in: store, now: calendar.instant(Self.date, TimeOfDay(hour: 6, minute: 30)),
                                     publish: true)
        return store
    }

    static func store(_ business: SampleBusiness) throws -> Store {
        let store = try Store.inMemory()
        try store.saveProfile(try BusinessFile.parse(business.business, file: "business.csv"))
        let contents: [ImportKind: String] = [.parts: business.parts, .technicians: business.technicians, .stock: business.stock, .jobs: business.jobs]
        try Importer(store: store).run(ImportKind.allCases.map { Importer.Source(kind: $0, name: $0.fileName, contents: contents[$0]!) })
        try store.setSetting(.quietHours, to: "")
        return store
    }
}
