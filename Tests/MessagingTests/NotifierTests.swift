import Foundation
import Testing
@testable import Messaging
@testable import Punctual
@testable import PunctualCore

/// What is said, and when: quiet hours, opt-out, the follow-up only after completion, one
/// running-late notice per visit, reminders the evening before, templates from the settings.
@Suite struct NotifierTests {
    typealias F = MessagingFixtures

    @Test func quietHoursCrossMidnightAndReleaseAtTheirEnd() {
        let quiet = QuietHours(parsing: "21:00-08:00")!
        #expect(quiet.contains(TimeOfDay(hour: 23)) && quiet.contains(TimeOfDay(hour: 3)) && quiet.contains(TimeOfDay(hour: 21)))
        #expect(!quiet.contains(TimeOfDay(hour: 8)) && !quiet.contains(TimeOfDay(hour: 12)))
        #expect(quiet.release(after: F.at("2026-11-23", "22:30"), calendar: F.calendar) == F.at("2026-11-24", "08:00"))
        #expect(quiet.release(after: F.at("2026-11-24", "05:00"), calendar: F.calendar) == F.at("2026-11-24", "08:00"))
        #expect(quiet.release(after: F.at("2026-11-24", "12:00"), calendar: F.calendar) == F.at("2026-11-24", "12:00"))
        let lunch = QuietHours(parsing: "12:00-13:00")!
        #expect(lunch.release(after: F.at("2026-11-24", "12:30"), calendar: F.calendar) == F.at("2026-11-24", "13:00"))
        #expect(QuietHours(parsing: "") == nil && QuietHours(parsing: "21:00") == nil && QuietHours(parsing: "8-9") == nil)
    }

    @Test func aConfirmationBookedInQuietHoursWaitsForTheMorningButOnMyWayDoesNot() throws {
        let store = try F.store(quietHours: "21:00-08:00")
        let late = F.at("2026-11-23", "22:30")
        try F.book(store, "J0002", F.window("11:00", "12:00"), now: late)
        let worker = F.consoleWorker(store)
        #expect(try worker.runPass(now: late).sent == 0)
        #expect(try worker.runPass(now: F.at("2026-11-24", "07:59")).sent == 0)
        #expect(try store.messages(jobID: "J0002")[0].nextAttemptAt == F.at("2026-11-24", "08:00"))
        #expect(try worker.runPass(now: F.at("2026-11-24", "08:00")).sent == 1)

        let early = F.at("2026-11-25", "07:30")
        try Notifications(store: store).technicianOnTheWay(jobID: "J0002", technicianName: "Kim",
                                                           arrival: F.window("07:50", "08:10", on: "2026-11-25"), now: early)
        #expect(try worker.runPass(now: early).sent == 1, "urgent notices ignore quiet hours")
    }

    @Test func anOptedOutCustomerGetsNothingButTheConfirmationOfTheOptOut() throws {
        let store = try F.store()
        try F.book(store, "J0002", F.window("11:00", "12:00"))
        try ReplyHandler(store: store).handle(from: "+14065550130", body: "STOP", now: F.evening)
        let rows = try store.messages(jobID: "J0002")
        #expect(rows.map(\.kind) == [.confirmation, .optOut])
        #expect(rows[0].state == .failed && rows[0].lastError == "withdrawn: the customer opted out")
        #expect(rows[1].body == "Test Home Services: you will get no more messages from us.")
        try F.book(store, "J0002", F.window("13:00", "14:00"))
        try Notifications(store: store).technicianOnTheWay(jobID: "J0002", technicianName: "Kim",
                                                           arrival: F.window("13:10", "13:40"), now: F.evening)
        #expect(try store.messages(jobID: "J0002").count == 2, "nothing more is queued")
        #expect(try F.consoleWorker(store).runPass(now: F.evening).sent == 1)
        #expect(try store.isOptedOut(customerID: rows[0].customerID))
    }

    @Test func theFollowUpNeverPrecedesCompletionAndNeverFollowsACancelledOrFailedJob() throws {
        let store = try F.store()
        let notifications = Notifications(store: store)
        for job in ["J0001", "J0002", "J0003"] {
            try F.book(store, job, F.window(job == "J0001" ? "09:00" : job == "J0002" ? "11:00" : "14:00",
                                            job == "J0001" ? "10:00" : job == "J0002" ? "12:00" : "15:00"))
        }
        let finished = F.at("2026-11-24", "10:30")
        // Not completed yet: no "done", no follow-up.
        #expect(try notifications.jobCompleted(jobID: "J0002", technicianName: "Kim", workDone: "furnace tuned",
                                               partsUsed: [], completedAt: finished, now: finished).isEmpty)
        try store.updateJobStatus(jobID: "J0002", to: .completed)
        let queued = try notifications.jobCompleted(jobID: "J0002", technicianName: "Kim", workDone: "furnace tuned",
                                                    partsUsed: [PartQuantity(part: "filter-16x25", quantity: 1)],
                                                    completedAt: finished, now: finished)
        #expect(queued.map(\.kind) == [.done, .followUp])
        #expect(queued[0].body == "Test Home Services: Kim has finished: furnace tuned. Parts used: filter-16x25 ×1. Reply to this message to reach a person.")
        #expect(queued[1].nextAttemptAt == finished.addingTimeInterval(120 * 60))

        let worker = F.consoleWorker(store)
        _ = try worker.runPass(now: finished)
        #expect(try store.messages(jobID: "J0002").map(\.state) == [.sent, .sent, .queued])
        #expect(try worker.runPass(now: finished.addingTimeInterval(119 * 60)).sent == 0)
        #expect(try worker.runPass(now: finished.addingTimeInterval(120 * 60)).sent == 1)

        // Cancelled: nothing at all.
        try store.updateJobStatus(jobID: "J0001", to: .cancelled)
        #expect(try notifications.jobCompleted(jobID: "J0001", technicianName: "Kim", workDone: "-", partsUsed: [],
                                               completedAt: finished, now: finished).isEmpty)
        // Completed, then found to have failed before the follow-up was due: it is withdrawn.
        try store.updateJobStatus(jobID: "J0003", to: .completed)
        try notifications.jobCompleted(jobID: "J0003", technicianName: "Nina", workDone: "tune-up", partsUsed: [],
                                       completedAt: finished, now: finished)
        try store.updateJobStatus(jobID: "J0003", to: .failed)
        let pass = try worker.runPass(now: finished.addingTimeInterval(3 * 3600))
        #expect(pass.withdrawn == 1)
        let followUp = try #require(try store.messages(jobID: "J0003").first { $0.kind == .followUp })
        #expect(followUp.state == .failed && followUp.sentAt == nil && followUp.lastError?.contains("failed, not completed") == true)
    }

    @Test func oneRunningLateNoticePerVisitUnlessTheArrivalMovesBeyondTheSetting() throws {
        let store = try F.store()
        try F.book(store, "J0002", F.window("09:00", "10:00"))
        let notifications = Notifications(store: store)
        let now = F.at("2026-11-24", "09:20")
        let first = try notifications.visitRunningLate(jobID: "J0002", technicianName: "Kim", arrival: F.window("10:15", "10:45"), now: now)
        #expect(first.count == 1)
        #expect(first[0].body == "Test Home Services: sorry Wyatt, Kim is running late and should now arrive between 10:15 and 10:45. Reply 1 to wait or 2 to rebook.")
        #expect(try notifications.visitRunningLate(jobID: "J0002", technicianName: "Kim", arrival: F.window("10:30", "11:00"), now: now).isEmpty,
                "15 minutes later is within the 20-minute setting")
        let second = try notifications.visitRunningLate(jobID: "J0002", technicianName: "Kim", arrival: F.window("11:00", "11:30"), now: now)
        #expect(second.map(\.idempotencyKey) == ["J0002:running_late:1.2:sms"])
        #expect(try notifications.visitRunningLate(jobID: "J0002", technicianName: "Kim", arrival: F.window("11:00", "11:30"), now: now).isEmpty)
    }

    @Test func remindersGoTheEveningBeforeFromTheReminderHourOnlyOnce() throws {
        let store = try F.store(reminderHour: 17)
        try F.book(store, "J0001", F.window("09:00", "10:00"), now: F.at("2026-11-23", "10:00"))
        let notifications = Notifications(store: store)
        #expect(try notifications.enqueueReminders(now: F.at("2026-11-23", "16:59")).isEmpty)
        let reminders = try notifications.enqueueReminders(now: F.at("2026-11-23", "17:00"))
        #expect(reminders.map(\.idempotencyKey) == ["J0001:reminder:1:sms", "J0001:reminder:1:email"],
                "J0002 and J0003 are not booked")
        #expect(try notifications.enqueueReminders(now: F.at("2026-11-23", "19:00")).isEmpty)
        #expect(try notifications.enqueueReminders(now: F.at("2026-11-24", "18:00")).isEmpty, "not for today's jobs")
        // The worker's pass queues them too.
        let store2 = try F.store(reminderHour: 17)
        try F.book(store2, "J0003", F.window("14:00", "15:00"), now: F.at("2026-11-23", "10:00"))
        #expect(try F.consoleWorker(store2).runPass(now: F.at("2026-11-23", "17:30")).reminders == 1)
    }

    @Test func aBookingMadeShortlyBeforeTheReminderGetsItsConfirmationOnly() throws {
        let store = try F.store(reminderHour: 17)
        try F.book(store, "J0001", F.window("09:00", "10:00"), now: F.at("2026-11-23", "17:30"))
        let notifications = Notifications(store: store)
        for time in ["17:30", "19:00", "21:29"] {
            #expect(try notifications.enqueueReminders(now: F.at("2026-11-23", time)).isEmpty, "at \(time)")
        }
        #expect(try store.messages(jobID: "J0001").map(\.kind) == [.confirmation, .confirmation], "one per channel, and nothing else")
        // Booked after the reminder hour: no reminder later that evening either.
        let after = try F.store(reminderHour: 17)
        try F.book(after, "J0002", F.window("11:00", "12:00"), now: F.at("2026-11-23", "19:00"))
        #expect(try Notifications(store: after).enqueueReminders(now: F.at("2026-11-23", "23:30")).isEmpty)
    }

    @Test func anOnMyWayInsideThePromiseIsAnnouncedWithinItAndAfterItAsItIs() throws {
        let store = try F.store()
        try F.book(store, "J0002", F.window("11:00", "12:00"))
        let notifications = Notifications(store: store)
        let inside = try notifications.technicianOnTheWay(jobID: "J0002", technicianName: "Kim", arrival: F.window("11:40", "12:10"),
                                                          now: F.at("2026-11-24", "11:15"))
        #expect(inside.first?.facts.arrival == F.window("11:40", "12:00"))
        #expect(inside.first?.body.hasSuffix("should arrive between 11:40 and 12:00.") == true)
        #expect(inside.first?.facts.promisedWindow == F.window("11:00", "12:00") && inside.first?.facts.technician == "Kim")
    }

    @Test func aLateNoticeOnceOnTheWayOffersNoRebooking() throws {
        let store = try F.store()
        try F.book(store, "J0002", F.window("11:00", "12:00"))
        try store.updateJobStatus(jobID: "J0002", to: .enRoute)
        let told = try Notifications(store: store).visitRunningLate(jobID: "J0002", technicianName: "Kim",
                                                                    arrival: F.window("12:10", "12:40"), now: F.at("2026-11-24", "11:30"))
        #expect(told.first?.body == "Test Home Services: sorry Wyatt, Kim is on the way but running late and should now arrive between 12:10 and 12:40.")
    }

    @Test func aVisitThatCouldNotBeCompletedTellsTheCustomerWhatHappensNext() throws {
        let store = try F.store()
        try F.book(store, "J0002", F.window("11:00", "12:00"))
        try store.updateJobStatus(jobID: "J0002", to: .failed)
        let told = try Notifications(store: store).visitNotCompleted(jobID: "J0002", technicianName: "Kim", now: F.at("2026-11-24", "11:50"))
        #expect(told.map(\.kind) == [.notCompleted])
        #expect(told.first?.body.contains("A person will call you to arrange the return visit.") == true)
    }

    @Test func datesAreWrittenTheWayTheBusinessWritesThem() {
        let instant = F.at("2026-11-24", "09:00")
        #expect(Notifier.dateText(instant, BusinessCalendar(timeZone: TimeZone(identifier: "America/Denver")!)) == "Tuesday, November 24")
        #expect(Notifier.dateText(instant, BusinessCalendar(timeZone: TimeZone(identifier: "Europe/London")!)) == "Tuesday 24 November")
    }

    @Test func aTemplateSetForTheBusinessReplacesTheBuiltInOne() throws {
        let store = try F.store()
        try store.setSetting(.templateConfirmation, to: "{business}: see you {date} at {window}, {customer}!")
        try F.book(store, "J0002", F.window("11:00", "12:00"))
        #expect(try store.messages(jobID: "J0002")[0].body == "Test Home Services: see you Tuesday, November 24 at 11:00-12:00, Wyatt!")
        #expect(throws: StoreError.self) { try store.setSetting(.templateDone, to: "done by {tech}") }
        #expect(throws: StoreError.self) { try store.setSetting(.quietHours, to: "late") }
    }
}
