import Foundation
import PunctualTestSupport
import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualImport

/// Offering and booking narrow windows: an offered window, once booked, is kept by the next plan;
/// bad requests are refused with the reason, and a refusal writes nothing.
@Suite struct BookingTests {
    /// The sample business, planned once so offers see a realistic day.
    static func sampleStore() throws -> Store {
        let data = Fixtures.repositoryRoot.appendingPathComponent("data")
        let store = try Store.inMemory()
        try store.saveProfile(try BusinessFile.load(path: data.appendingPathComponent("business.csv").path))
        try Importer(store: store).run(try Importer.sources(inFolder: data.path, requireAll: true))
        return store
    }

    static let sampleDate = LocalDate(parsing: "2026-11-24")!
    /// The evening before the sample day, local time.
    static let evening = ISO8601DateFormatter().date(from: "2026-11-23T18:00:00-07:00")!
    static let quickPlan = PlanningOptions(timeLimit: 30, iterationLimit: 300, seed: 1)

    @Test func offeredWindowsOnceBookedAreKeptByTheNextPlan() throws {
        let store = try Self.sampleStore()
        var plan = try Planner(options: Self.quickPlan).plan(try store.daySnapshot(on: Self.sampleDate), now: Self.evening).plan
        try store.savePlan(plan)
        let requested = try store.jobs(on: Self.sampleDate).filter { $0.status == .requested && $0.promisedWindow == nil }
        let booker = Booker()
        var booked: [String: DateInterval] = [:]
        for job in requested.prefix(6) {
            let offers = try booker.offers(jobID: job.id, days: 1, store: store, now: Self.evening)
            try #require(!offers.isEmpty, "no window offered for \(job.id)")
            #expect(offers.allSatisfy { $0.onTimeProbability >= 0.8 && $0.window.duration == 3600 })
            #expect(zip(offers, offers.dropFirst()).allSatisfy { !WindowOffer.isBetter($1, than: $0) }, "best first")
            let offer = offers[0]
            _ = try booker.book(jobID: job.id, window: offer.window, store: store, now: Self.evening)
            booked[job.id] = offer.window
        }
        plan = try Planner(options: Self.quickPlan).plan(try store.daySnapshot(on: Self.sampleDate), now: Self.evening).plan
        #expect(plan.unassigned.filter(\.brokenPromise).isEmpty)
        for (id, window) in booked {
            let visit = try #require(plan.visits.first { $0.jobID == id }, "\(id) was booked but not planned")
            #expect(window.start <= visit.plannedStart && visit.plannedStart <= window.end, "\(id) starts outside its promise")
        }
        for job in try store.jobs(on: Self.sampleDate) where booked[job.id] != nil {
            #expect(job.status == .booked && job.promisedWindow == booked[job.id])
        }
    }

    @Test func offersRespectTheCustomersAvailabilityAndTheLeadTime() throws {
        let store = try Self.sampleStore()
        let job = try #require(try store.jobs(on: Self.sampleDate).first { !$0.availability.isEmpty && $0.promisedWindow == nil })
        let calendar = try store.requireProfile().calendar
        let ranges = job.availability.map { calendar.localRange($0) }
        let now = ISO8601DateFormatter().date(from: "2026-11-24T10:10:00-07:00")!
        let offers = try Booker().offers(jobID: job.id, days: 2, store: store, now: now)
        #expect(!offers.isEmpty)
        for offer in offers {
            let range = calendar.localRange(offer.window)
            #expect(ranges.contains { $0.contains(range) }, "\(range) is outside the customer's availability")
            #expect(offer.window.start >= now.addingTimeInterval(3600), "an offer inside the booking lead time")
        }
    }

    @Test func bookingLeavesTheShareOfTheDayTheBusinessHoldsBack() throws {
        // Kim, the only HVAC technician, has 510 minutes of shift less break and Jenna's 60-minute visit promised.
        let store = try Fixtures.populatedStore()
        var tuneUp = try #require(try store.job("J0003"))
        tuneUp.date = Self.sampleDate  // 40 minutes of HVAC work, asked for the same day
        func offers(fillPercent: Int) throws -> [WindowOffer] {
            try store.setSetting(.maxFillPercent, to: "\(fillPercent)")
            return try OfferFinder().offers(for: tuneUp, on: try store.daySnapshot(on: Self.sampleDate), now: Self.evening)
        }
        #expect(!(try offers(fillPercent: 100)).isEmpty)
        #expect(!(try offers(fillPercent: 20)).isEmpty)     // 100 of 102 minutes
        #expect(try offers(fillPercent: 19).isEmpty)        // 100 of 96.9 minutes: held back
    }

    @Test func unknownJobsWindowsInThePastAndEmptyWindowsAreRefused() throws {
        let store = try Self.sampleStore()
        let window = DateInterval(start: ISO8601DateFormatter().date(from: "2026-11-24T09:00:00-07:00")!, duration: 3600)
        #expect(throws: BookingError.unknownJob("J9999")) {
            try Booker().book(jobID: "J9999", window: window, store: store, now: Self.evening)
        }
        #expect(throws: BookingError.unknownJob("J9999")) {
            try Booker().offers(jobID: "J9999", days: 1, store: store, now: Self.evening)
        }
        let later = ISO8601DateFormatter().date(from: "2026-11-24T12:00:00-07:00")!
        #expect(throws: BookingError.windowInPast(window: "2026-11-24 09:00-10:00", now: "2026-11-24T12:00:00-07:00")) {
            try Booker().book(jobID: "J0001", window: window, store: store, now: later)
        }
        let empty = DateInterval(start: window.start, duration: 0)
        #expect(throws: BookingError.emptyWindow("2026-11-24 09:00-09:00")) {
            try Booker().book(jobID: "J0001", window: empty, store: store, now: Self.evening)
        }
    }

    @Test func anInfeasibleWindowIsRefusedWithTheReasonAndNothingIsWritten() throws {
        let store = try Fixtures.populatedStore()
        // J0002 needs plumbing: only T02 (07:00-15:30) has it.
        let calendar = Fixtures.settings.calendar
        let date = LocalDate(parsing: "2026-11-24")!
        let window = calendar.interval(date, TimeOfDayRange(parsing: "16:00-17:00")!)
        let before = try store.job("J0002")
        #expect {
            try Booker().book(jobID: "J0002", window: window, store: store, now: Self.evening)
        } throws: { error in
            guard case let BookingError.notFeasible(job, text, reason) = error else { return false }
            return job == "J0002" && text == "2026-11-24 16:00-17:00" && reason.contains("T02")
        }
        #expect(try store.job("J0002") == before)
    }

    @Test func reofferingABookedJobSetsItsOwnPromiseAside() throws {
        let store = try Fixtures.populatedStore()
        let calendar = Fixtures.settings.calendar
        let date = LocalDate(parsing: "2026-11-24")!
        // T02 is the only plumber; a 45-minute job in 14:00-14:30 fills it.
        let window = calendar.interval(date, TimeOfDayRange(parsing: "14:00-14:30")!)
        _ = try Booker().book(jobID: "J0002", window: window, store: store, now: Self.evening)
        let offers = try Booker(finder: OfferFinder(widthMinutes: 30, stepMinutes: 30, minimumOnTimeProbability: 0))
            .offers(jobID: "J0002", days: 1, store: store, now: Self.evening)
        // Re-offering the booked job itself sets its own promise aside.
        #expect(offers.contains { $0.window == window })
    }
}
