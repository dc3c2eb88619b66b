import Foundation
import Testing
@testable import Messaging
@testable import Punctual
@testable import PunctualCore
import PunctualTestSupport

/// A customer calls to cancel, to move, to change what the visit is for; a technician's phone sent
/// a wrong report. Each change is one transaction with its audit entry and what the customer must
/// hear, and a refused change writes nothing.
@Suite struct JobDeskTests {
    typealias F = DeskFixtures
    let morning = DeskFixtures.at("2026-11-24", "07:00")

    @Test func cancellingTellsTheCustomerOnceAndWithdrawsTheCalendarEntry() throws {
        let store = try F.publishedStore()
        let desk = JobDesk(store: store)
        let before = try store.job("J0001")!
        let cancelled = try desk.cancel("J0001", actor: "cli:test", reason: "fixed it themselves", now: morning)
        #expect(cancelled.status == .cancelled)
        let told = try store.messages(jobID: "J0001").filter { $0.kind == .cancelled }
        #expect(told.map(\.channel) == [.sms, .email], "on every channel Jenna chose")
        #expect(told.allSatisfy { $0.window == before.promisedWindow }, "the notice names the window it cancels")
        #expect(told[0].body.contains("is cancelled"))
        // The calendar entry withdraws the one the confirmation made: same UID, a later SEQUENCE.
        let confirmation = try #require(try store.messages(jobID: "J0001").first { $0.kind == .confirmation && $0.channel == .email })
        let email = told.first { $0.channel == .email }!
        #expect(email.calendarSequence! > confirmation.calendarSequence!)
        let worker = OutboxWorker(store: store, transports: .console(logger: .init(label: "test")),
                                  retry: RetryPolicy(base: 1, cap: 8, maxAttempts: 5, lease: 60), logger: .init(label: "test"))
        let event = try #require(try worker.calendarEvent(for: email, job: cancelled, now: morning))
        let ics = ICSWriter.document(event)
        #expect(ics.contains("METHOD:CANCEL") && ics.contains("STATUS:CANCELLED") && ics.contains("UID:job-J0001@punctual"))
        // Off the ledger and off the published plan; the rest of the day unchanged in order.
        #expect(!(try store.commitments(on: F.day).jobIDs.contains("J0001")))
        let plan = try #require(try store.publishedPlan(on: F.day))
        #expect(!plan.visits.contains { $0.jobID == "J0001" })
        #expect(try store.history(jobID: "J0001").map(\.action).contains("job.cancel"))
        #expect(try store.history(jobID: "J0001").first { $0.action == "job.cancel" }?.reason == "fixed it themselves")

        let customer = try #require(try store.customer(id: cancelled.customerID))
        #expect(ThreadChecker(calendar: Fixtures.calendar).contradictions(jobID: "J0001", messages: try store.messages(jobID: "J0001"),
                                                                          customer: customer, finalStatus: .cancelled) == [])
        // A second cancel is refused and writes nothing.
        let written = try F.Written(store)
        #expect(throws: DeskError.jobClosed(job: "J0001", status: .cancelled, change: "cancelled")) {
            try desk.cancel("J0001", actor: "cli:test", now: morning)
        }
        #expect(try F.Written(store) == written)
    }

    @Test func aQueuedNoticeOfAPromiseThatMovedOrWasCancelledIsWithdrawnNotSent() throws {
        let store = try F.bookedStore()
        // Quiet hours held the confirmation; the customer cancels before it goes.
        let confirmation = try #require(try store.messages(jobID: "J0002").first { $0.kind == .confirmation })
        #expect(OutboxWorker.outdated(confirmation, job: try store.job("J0002")) == nil)
        _ = try JobDesk(store: store).cancel("J0002", actor: "cli:test", now: F.evening.addingTimeInterval(60))
        #expect(OutboxWorker.outdated(confirmation, job: try store.job("J0002")) == "the job was cancelled")
        let moved = try #require(try store.messages(jobID: "J0003").first { $0.kind == .confirmation })
        _ = try JobDesk(store: store).move("J0003", to: F.window("14:00", "15:00"), actor: "cli:test", now: F.evening.addingTimeInterval(60))
        #expect(OutboxWorker.outdated(moved, job: try store.job("J0003")) == "the promise it states has since moved")
    }

    @Test func movingChecksTheNewWindowAndTheCalendarEntryFollows() throws {
        let store = try F.bookedStore()
        let desk = JobDesk(store: store)
        let booking = try desk.move("J0003", to: F.window("16:00", "17:00"), actor: "cli:test", reason: "at work until 4", now: F.evening)
        #expect(booking.moved && booking.offer != nil && booking.refusal == nil)
        let job = try #require(try store.job("J0003"))
        #expect(job.promisedWindow == F.window("16:00", "17:00") && job.status == .booked && !job.forcedPromise)
        let told = try store.messages(jobID: "J0003")
        let moved = try #require(told.first { $0.kind == .moved })
        let confirmation = try #require(told.first { $0.kind == .confirmation })
        #expect(moved.body.contains("has moved to Tuesday, November 24, arrival between 16:00 and 17:00"), "\(moved.body)")
        #expect(moved.calendarSequence == confirmation.calendarSequence! + 1, "SEQUENCE grows, same UID")
        #expect(try store.commitments(on: F.day).jobIDs.contains("J0003"))
        let entry = try #require(try store.history(jobID: "J0003").last)
        #expect(entry.action == "job.move" && entry.detail.contains("(was 2026-11-24 13:00-14:00)") && entry.reason == "at work until 4")

        // Into the past, or onto a cancelled job: refused, nothing written.
        let written = try F.Written(store)
        #expect(throws: BookingError.self) {
            try desk.move("J0003", to: F.window("06:00", "07:00"), actor: "cli:test", now: morning)
        }
        _ = try desk.cancel("J0004", actor: "cli:test", now: F.evening)
        let afterCancel = try F.Written(store)
        #expect(throws: DeskError.jobClosed(job: "J0004", status: .cancelled, change: "moved")) {
            try desk.move("J0004", to: F.window("16:00", "17:00"), actor: "cli:test", now: F.evening)
        }
        #expect(try F.Written(store) == afterCancel)
        #expect(afterCancel.audit == written.audit + 1)
        #expect(throws: DeskError.unknownJob("J9999")) { try desk.move("J9999", to: F.window("16:00", "17:00"), actor: "cli:test", now: F.evening) }
    }

    @Test func aMoveOnAPublishedDayReplansThatVisitAndTellsNobodyElse() throws {
        let store = try F.publishedStore()
        let before = Set(try store.messages().map(\.id))
        _ = try JobDesk(store: store).move("J0003", to: F.window("16:00", "17:00"), actor: "cli:test", now: morning)
        let plan = try #require(try store.publishedPlan(on: F.day))
        let visit = try #require(plan.visits.first { $0.jobID == "J0003" }, "still on a route")
        #expect(visit.plannedArrival <= F.at("2026-11-24", "17:00") && visit.plannedStart >= F.at("2026-11-24", "16:00"))
        for id in ["J0001", "J0002", "J0004"] {
            let job = try #require(try store.job(id))
            let start = try #require(plan.visits.first { $0.jobID == id }?.plannedStart, "\(id) kept")
            #expect(job.promisedWindow.map { ($0.start...$0.end).contains(start) } == true, "\(id) inside its promise")
        }
        let sent = try store.messages().filter { !before.contains($0.id) }
        #expect(Set(sent.compactMap(\.jobID)) == ["J0003"] && Set(sent.map(\.kind)) == [.moved])
        #expect(try PlanCheck.violations(store: store, plan: plan).isEmpty)
    }

    @Test func aMoveOntoAnotherPublishedDayPutsTheVisitOnItsRoutes() throws {
        let store = try F.publishedStore()
        // The next day is planned and published too, with J0006 requested for it.
        _ = try JobDesk(store: store).move("J0006", to: F.window("10:00", "11:00", on: "2026-11-25"), actor: "cli:test", now: F.evening)
        let planner = Planner(options: PlanningOptions(timeLimit: 10, iterationLimit: 100, seed: 1))
        _ = try planner.planAndStore(try store.daySnapshot(on: F.day.adding(days: 1)), in: store, now: F.evening, publish: true)
        _ = try JobDesk(store: store).move("J0002", to: F.window("13:00", "14:00", on: "2026-11-25"), actor: "cli:test", now: morning)
        #expect(try store.publishedPlan(on: F.day)?.visits.contains { $0.jobID == "J0002" } == false, "off the day it left")
        let next = try #require(try store.publishedPlan(on: F.day.adding(days: 1)))
        let visit = try #require(next.visits.first { $0.jobID == "J0002" }, "on a route of the day it joined")
        #expect(visit.plannedStart >= F.at("2026-11-25", "13:00") && visit.plannedArrival <= F.at("2026-11-25", "14:00"))
        #expect(try store.job("J0002")?.status == .scheduled)
    }

    @Test func aForcedBookingIsRecordedAsSuchKeptOutOfTheLedgerAndAtRisk() throws {
        let store = try F.bookedStore()
        // Three technicians; 09:00-10:00 taken by J0001 already. Make the hour impossible for anyone:
        // every technician's shift that day starts at noon.
        for id in ["T01", "T02", "T03"] {
            try store.saveDayChange(TechnicianDayChange(technicianID: id, date: F.day, shift: TimeOfDayRange(parsing: "12:00-17:00")!),
                                    audit: AuditEntry(at: F.evening, actor: "test", action: "technician.shift", technicianID: id, detail: ""))
        }
        let booker = Booker()
        let written = try F.Written(store)
        #expect(throws: BookingError.self) {
            try booker.book(jobID: "J0005", window: F.window("08:00", "09:00"), store: store, now: F.evening)
        }
        #expect(try F.Written(store) == written, "a refused booking writes nothing")
        let booking = try booker.book(jobID: "J0005", window: F.window("08:00", "09:00"), store: store, now: F.evening,
                                      actor: "cli:test", force: true, reason: "customer's only time; Kim agreed")
        #expect(booking.offer == nil && booking.refusal != nil)
        let job = try #require(try store.job("J0005"))
        #expect(job.forcedPromise && job.status == .booked && job.promisedWindow == F.window("08:00", "09:00"))
        #expect(!(try store.commitments(on: F.day).jobIDs.contains("J0005")), "no plan was proved to keep it")
        let entry = try #require(try store.history(jobID: "J0005").last)
        #expect(entry.action == "job.book_forced" && entry.detail.contains("past the check") && entry.actor == "cli:test")
        #expect(try store.messages(jobID: "J0005").contains { $0.kind == .confirmation }, "the customer is told the promise made")
    }

    @Test func anEditThatWouldBreakThePromiseIsRefusedUnlessForced() throws {
        let store = try F.publishedStore()
        let desk = JobDesk(store: store)
        // Longer, but still fits: accepted, the plan worked out again, audited.
        try desk.edit("J0002", JobDesk.Edits(durationMinutes: 60, notes: "second furnace in the garage"), actor: "cli:test", now: morning)
        #expect(try store.job("J0002")?.durationMinutes == 60)
        let published = try #require(try store.publishedPlan(on: F.day))
        let visit = try #require(published.visits.first { $0.jobID == "J0002" })
        #expect(visit.plannedEnd.timeIntervalSince(visit.plannedStart) == 3600, "the published plan knows the new duration")
        #expect(try store.history(jobID: "J0002").last?.detail.contains("duration 45 → 60 min") == true)

        // Nine hours cannot fit inside anybody's day around the other promises.
        let written = try F.Written(store)
        #expect(throws: DeskError.self) {
            try desk.edit("J0002", JobDesk.Edits(durationMinutes: 540), actor: "cli:test", now: morning)
        }
        #expect(try F.Written(store) == written, "a refused edit writes nothing")
        let forced = try desk.edit("J0002", JobDesk.Edits(durationMinutes: 540), force: true, actor: "cli:test", reason: "two units", now: morning)
        #expect(forced.forcedPromise && forced.durationMinutes == 540)
        #expect(try store.history(jobID: "J0002").last?.detail.contains("kept at risk (forced)") == true)
    }

    @Test func badEditsAreRefusedWithTheFieldNamedAndNothingWritten() throws {
        let store = try F.bookedStore()
        let desk = JobDesk(store: store)
        _ = try desk.cancel("J0006", actor: "cli:test", now: F.evening)
        let written = try F.Written(store)
        let cases: [(String, JobDesk.Edits, DeskError)] = [
            ("J0001", JobDesk.Edits(), .invalid(field: "edits", detail: "nothing to change: give at least one of duration, parts, skills, priority or notes")),
            ("J0001", JobDesk.Edits(durationMinutes: 0), .invalid(field: "duration", detail: "0 must be between 1 and 1440 minutes")),
            ("J0001", JobDesk.Edits(parts: [PartQuantity(part: "flux-capacitor", quantity: 1)]),
             .invalid(field: "parts", detail: "'flux-capacitor' is not in the parts catalogue")),
            ("J0006", JobDesk.Edits(notes: "x"), .jobClosed(job: "J0006", status: .cancelled, change: "edited")),
            ("J9999", JobDesk.Edits(notes: "x"), .unknownJob("J9999")),
        ]
        for (id, edits, error) in cases {
            #expect(throws: error) { try desk.edit(id, edits, actor: "cli:test", now: F.evening) }
        }
        #expect(try F.Written(store) == written)
    }

    @Test func aWrongArrivedIsPutBackWithItsReasonAndTheJobCanBeBookedAgain() throws {
        let store = try F.publishedStore()
        let route = try #require(try store.publishedPlan(on: F.day)?.visits.first { $0.jobID == "J0003" })
        // The technician's phone sends "arrived" by mistake.
        _ = try store.recordVisitEvent(VisitEvent(jobID: "J0003", technicianID: route.technicianID, kind: .arrived, at: morning, statusAfter: .arrived))
        #expect(try store.job("J0003")?.status == .arrived)
        #expect(throws: BookingError.self) {
            try Booker().book(jobID: "J0003", window: F.window("15:00", "16:00"), store: store, now: morning)
        }
        let desk = JobDesk(store: store)
        let written = try F.Written(store)
        #expect(throws: DeskError.invalid(field: "reason", detail: "a reset needs a reason, for the record")) {
            try desk.reset("J0003", to: .scheduled, actor: "cli:test", reason: " ", now: morning)
        }
        #expect(throws: DeskError.resetNotBackwards(job: "J0003", from: .arrived, to: .completed)) {
            try desk.reset("J0003", to: .completed, actor: "cli:test", reason: "x", now: morning)
        }
        #expect(try F.Written(store) == written)
        try desk.reset("J0003", to: .scheduled, actor: "cli:test", reason: "arrived sent by mistake", now: morning)
        #expect(try store.job("J0003")?.status == .scheduled)
        let entry = try #require(try store.history(jobID: "J0003").last)
        #expect(entry.action == "job.reset" && entry.detail.hasPrefix("status arrived → scheduled; voided arrived by \(route.technicianID)"))
        #expect(entry.reason == "arrived sent by mistake")
        #expect(try store.visitEvents(job: "J0003").isEmpty, "the wrong report no longer tells the tracker the technician is there")
        // Back to a visit that can be moved.
        _ = try Booker().book(jobID: "J0003", window: F.window("15:00", "16:00"), store: store, now: morning)
        #expect(try store.job("J0003")?.promisedWindow == F.window("15:00", "16:00"))
    }

    @Test func progressForAVisitOfAnotherDayIsRefused() throws {
        let store = try F.publishedStore()
        let route = try #require(try store.publishedPlan(on: F.day)?.visits.first { $0.jobID == "J0001" })
        let twoDaysBefore = F.at("2026-11-22", "09:00")
        #expect(throws: ProgressError.wrongDay(job: "J0001", visitDate: F.day, reportDate: LocalDate(parsing: "2026-11-22")!)) {
            try store.recordVisitEvent(VisitEvent(jobID: "J0001", technicianID: route.technicianID, kind: .arrived, at: twoDaysBefore, statusAfter: .arrived))
        }
        #expect(try store.job("J0001")?.status == .scheduled)
        #expect(try store.visitEvents(job: "J0001").isEmpty)
    }
}
