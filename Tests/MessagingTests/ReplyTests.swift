import Foundation
import Testing
@testable import Messaging
@testable import Punctual
@testable import PunctualCore

/// Replies by text: each keyword does what the customer asked, and anything else reaches the
/// dispatcher with the job attached.
@Suite struct ReplyTests {
    typealias F = MessagingFixtures
    static let jenna = "+14065550129"
    static let morning = F.at("2026-11-24", "08:40")

    /// Jenna booked 09:00–10:00 and told that Kim will now arrive 10:20–10:50.
    static func lateStore() throws -> Store {
        let store = try F.store()
        try F.book(store, "J0001", F.window("09:00", "10:00"))
        try Notifications(store: store).visitRunningLate(jobID: "J0001", technicianName: "Kim",
                                                         arrival: F.window("10:20", "10:50"), now: morning)
        return store
    }

    @Test(arguments: ["WAIT", "1", "wait."])
    func waitPromisesTheNewArrivalAndUpdatesTheCalendarEntry(reply: String) throws {
        let store = try Self.lateStore()
        let item = try ReplyHandler(store: store).handle(from: Self.jenna, body: reply, now: Self.morning)
        #expect(item.handled && item.jobID == "J0001" && item.action == "the customer will wait: promised 10:20-10:50")
        #expect(try store.job("J0001")?.promisedWindow == F.window("10:20", "10:50"))
        let confirmations = try store.messages(jobID: "J0001").filter { $0.kind == .confirmation }
        #expect(confirmations.map(\.idempotencyKey).suffix(2) == ["J0001:confirmation:2:sms", "J0001:confirmation:2:email"])
        #expect(confirmations.last?.calendarSequence == 1)
    }

    @Test func waitWithoutALateNoticeGoesToTheDispatcher() throws {
        let store = try F.store()
        try F.book(store, "J0001", F.window("09:00", "10:00"))
        let item = try ReplyHandler(store: store).handle(from: Self.jenna, body: "WAIT", now: Self.morning)
        #expect(!item.handled && item.jobID == "J0001")
        #expect(try store.inbox().map(\.id) == [item.id])
    }

    @Test func rebookOffersNumberedWindowsAndANumberBooksOne() throws {
        let store = try Self.lateStore()
        let handler = ReplyHandler(store: store)
        let offered = try handler.handle(from: Self.jenna, body: "REBOOK", now: Self.morning)
        #expect(offered.handled && offered.action?.hasPrefix("offered ") == true)
        let options = try #require(try store.messages(jobID: "J0001").last)
        #expect(options.kind == .rebookOptions && options.channel == .sms)
        #expect(options.body.hasPrefix("Test Home Services: reply with the number of the time that suits you: 1) "))
        let choice = try #require(try store.rebookChoice(customerID: options.customerID, number: 2))
        #expect(options.body.contains("2) "))

        let booked = try handler.handle(from: Self.jenna, body: "2", now: Self.morning)
        #expect(booked.handled && booked.action?.hasPrefix("booked choice 2: ") == true)
        #expect(try store.job("J0001")?.promisedWindow == choice.window)
        #expect(try store.messages(jobID: "J0001").last?.idempotencyKey == "J0001:confirmation:2:email")
        #expect(try store.rebookChoice(customerID: options.customerID, number: 1) == nil, "choices close once one is booked")
    }

    @Test func aChoicePickedOnceTheTechnicianIsThereGetsTheTrueAnswer() throws {
        let store = try Self.lateStore()
        let handler = ReplyHandler(store: store)
        _ = try handler.handle(from: Self.jenna, body: "REBOOK", now: Self.morning)
        try store.updateJobStatus(jobID: "J0001", to: .arrived)
        let item = try handler.handle(from: Self.jenna, body: "1", now: Self.morning.addingTimeInterval(300))
        #expect(item.handled && item.action?.hasSuffix("but J0001 is arrived: kept") == true)
        #expect(try store.job("J0001")?.promisedWindow == F.window("09:00", "10:00"), "nothing was rebooked")
        let answer = try #require(try store.messages().last)
        #expect(answer.body == "Test Home Services: your technician is already with you, so your visit stays as it is.")
    }

    @Test func twoWithoutOpenChoicesMeansRebook() throws {
        let store = try Self.lateStore()
        let item = try ReplyHandler(store: store).handle(from: Self.jenna, body: "2", now: Self.morning)
        #expect(item.action?.hasPrefix("offered ") == true)
    }

    @Test func choicesCloseAfterADaySoALateNumberMeansWaitOrRebookAgain() throws {
        let store = try Self.lateStore()
        let handler = ReplyHandler(store: store)
        try handler.handle(from: Self.jenna, body: "REBOOK", now: Self.morning)
        let later = try handler.handle(from: Self.jenna, body: "2", now: Self.morning.addingTimeInterval(25 * 3600))
        #expect(later.action?.hasPrefix("offered ") == true, "2 is REBOOK again, not the second of yesterday's choices")
        // And 1 is WAIT only while the late arrival it would accept is still ahead: a day later it
        // has passed, and the text goes to a person.
        let stale = try handler.handle(from: Self.jenna, body: "1", now: Self.morning.addingTimeInterval(50 * 3600))
        #expect(stale.action == "no late arrival to wait for: for the dispatcher")
        #expect(try store.job("J0001")?.promisedWindow == F.window("09:00", "10:00"), "yesterday's late time did not become the promise")
    }

    /// A running-late notice about a promise since moved is not the customer's to accept any more.
    @Test func waitAcceptsOnlyTheLateNoticeAboutTheCurrentPromise() throws {
        let store = try Self.lateStore()
        let moved = DateInterval(start: F.calendar.instant(F.day.adding(days: 1), TimeOfDay(hour: 14)), duration: 3600)
        _ = try JobDesk(store: store).move("J0001", to: moved, force: true, actor: "test", now: Self.morning)
        let item = try ReplyHandler(store: store).handle(from: Self.jenna, body: "1", now: Self.morning.addingTimeInterval(60))
        #expect(item.action == "no late arrival to wait for: for the dispatcher")
        #expect(try store.job("J0001")?.promisedWindow == moved)
    }

    @Test func helpAnswersWithTheBusinesssContact() throws {
        let store = try F.store()
        try store.setSetting(.contact, to: "call 406-555-0100, 8am-6pm.")
        let item = try ReplyHandler(store: store).handle(from: Self.jenna, body: "HELP", now: Self.morning)
        #expect(item.handled)
        #expect(try store.messages().map(\.body) == ["Test Home Services: call 406-555-0100, 8am-6pm."])
    }

    @Test func stopOptsOut() throws {
        let store = try F.store()
        let item = try ReplyHandler(store: store).handle(from: Self.jenna, body: "stop", now: Self.morning)
        #expect(item.handled && item.action == "opted out")
        #expect(try store.messages().map(\.kind) == [.optOut])
    }

    @Test func anythingElseReachesTheDispatcherWithTheJobAttached() throws {
        let store = try Self.lateStore()
        let item = try ReplyHandler(store: store).handle(from: Self.jenna, body: "The side gate is open, dog is inside", now: Self.morning)
        #expect(!item.handled && item.jobID == "J0001" && item.customerID != nil)
        #expect(try store.inbox().map(\.body) == ["The side gate is open, dog is inside"])
        #expect(try store.messages(jobID: "J0001").allSatisfy { $0.kind != .reply }, "no automatic answer to free text")
    }

    @Test func aTextFromAnUnknownNumberReachesTheDispatcher() throws {
        let store = try F.store()
        let item = try ReplyHandler(store: store).handle(from: "+14065559999", body: "WAIT", now: Self.morning)
        #expect(!item.handled && item.customerID == nil && item.jobID == nil)
        #expect(try store.messages().isEmpty)
    }

    @Test func theWebhookRoutesInboundTextsToTheReplies() throws {
        let store = try F.store()
        let outcome = try SMSWebhook(store: store).receive([("From", Self.jenna), ("Body", "HELP"), ("MessageSid", "SM9")], now: Self.morning)
        guard case .inbound(let item) = outcome else { Issue.record("not routed as inbound: \(outcome)"); return }
        #expect(item.handled)
    }
}
