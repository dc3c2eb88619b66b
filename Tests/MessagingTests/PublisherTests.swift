import Foundation
import Testing
@testable import Messaging
@testable import Punctual
@testable import PunctualCore

/// A promise the published plan cannot keep is told at publish, with numbered new times the
/// customer can pick by replying, and the dispatcher sees the job in the inbox.
@Suite struct PublisherTests {
    typealias F = MessagingFixtures

    /// J0001 and J0002 booked the evening before; a plan that serves J0002 and cannot keep J0001
    /// (its technician called in sick, say).
    static func storeWithAPlanBreakingJ0001(quietHours: String = "") throws -> (Store, Plan) {
        let store = try F.store(quietHours: quietHours)
        try F.book(store, "J0001", F.window("09:00", "10:00"))
        try F.book(store, "J0002", F.window("11:00", "12:00"))
        let at = { F.at("2026-11-24", $0) }
        let plan = try store.savePlan(Plan(
            date: F.day, version: 0, state: .draft, createdAt: at("06:00"), cost: 1,
            visits: [PlanVisit(technicianID: "T02", sequence: 1, jobID: "J0002", plannedArrival: at("11:00"),
                               plannedStart: at("11:00"), plannedEnd: at("11:45"))],
            unassigned: [UnassignedJob(jobID: "J0001", reason: "Kim Edwards is absent", brokenPromise: true)]))
        return (store, plan)
    }

    @Test func theCustomerIsToldAtPublishWithChoicesAndTheDispatcherGetsTheJob() throws {
        let (store, plan) = try Self.storeWithAPlanBreakingJ0001(quietHours: "21:00-08:00")
        let now = F.at("2026-11-24", "06:30")
        let report = try Publisher().publish(planID: plan.id!, store: store, now: now)
        #expect(report.told.keys.sorted() == ["J0001"])
        let told = try store.messages(jobID: "J0001").filter { $0.kind == .promiseBroken }
        #expect(told.map(\.channel) == [.sms, .email], "on every channel Jenna chose")
        #expect(told.allSatisfy { $0.nextAttemptAt == now }, "quiet hours never hold back a same-day change")
        let sms = try #require(told.first)
        #expect(sms.body.hasPrefix("Test Home Services: sorry Jenna, we can no longer come on Tuesday, November 24 between 09:00 and 10:00."))
        #expect(sms.body.contains("Reply with the number of a new time: 1) "), "numbered new times: \(sms.body)")
        #expect(sms.window == F.window("09:00", "10:00"), "the message names the promise it speaks of")
        let choice = try #require(try store.rebookChoice(customerID: sms.customerID, number: 1))
        #expect(choice.jobID == "J0001" && choice.window != F.window("09:00", "10:00"))
        let inbox = try store.inbox(includeHandled: true, jobID: "J0001")
        #expect(inbox.count == 1 && inbox[0].body.contains("Kim Edwards is absent"))

        // Publishing again tells nobody twice.
        #expect(try Publisher().publish(planID: plan.id!, store: store, now: now.addingTimeInterval(600)).told.isEmpty)
        #expect(try store.messages(jobID: "J0001").filter { $0.kind == .promiseBroken }.count == 2)

        // Jenna replies 1: the first new time is promised and confirmed.
        _ = try ReplyHandler(store: store).handle(from: sms.recipient, body: "1", now: now.addingTimeInterval(300))
        let job = try #require(try store.job("J0001"))
        #expect(job.promisedWindow == choice.window)
        #expect(try store.messages(jobID: "J0001").filter { $0.kind == .confirmation }.map(\.idempotencyKey).contains("J0001:confirmation:2:sms"))
    }

    @Test func withNoNewTimeTheCustomerIsToldAPersonWillCallAndTheInboxAsksForIt() throws {
        let (store, plan) = try Self.storeWithAPlanBreakingJ0001()
        // No day ahead has room: one day of offers, and it is the broken one, which is full by then.
        let publisher = Publisher(choiceDays: 0)
        _ = try publisher.publish(planID: plan.id!, store: store, now: F.at("2026-11-24", "06:30"))
        let sms = try #require(try store.messages(jobID: "J0001").first { $0.kind == .promiseBroken && $0.channel == .sms })
        #expect(sms.body.hasSuffix("between 09:00 and 10:00. A person will call you to find a new time."))
        let item = try #require(try store.inbox(includeHandled: true, jobID: "J0001").first)
        #expect(!item.handled && item.action == "customer told; no new time to offer: call them")
    }
}
