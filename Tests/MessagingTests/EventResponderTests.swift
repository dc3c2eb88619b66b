import Foundation
import Testing
@testable import Messaging
@testable import Punctual
@testable import PunctualCore

/// The responder speaks first: on my way when the technician sets off; when a visit goes at risk,
/// another technician who can still make the window takes it, and only when nobody can (or the
/// business says not to) is the customer told the new arrival and asked to choose; done when done.
@Suite struct EventResponderTests {
    typealias F = MessagingFixtures
    static let morning = F.at("2026-11-24", "07:30")

    /// Jenna at 09:00–10:00 and Wyatt at 11:00–12:00, planned and published; both technicians do HVAC.
    static func plannedStore() throws -> (Store, Plan) {
        let store = try F.store()
        try F.book(store, "J0001", F.window("09:00", "10:00"))
        try F.book(store, "J0002", F.window("11:00", "12:00"))
        let planned = try Planner(options: PlanningOptions(timeLimit: 5, iterationLimit: 200, seed: 1))
            .plan(try store.daySnapshot(on: F.day), now: F.evening).plan
        let saved = try store.savePlan(planned)
        try store.publishPlan(id: saved.id!)
        return (store, saved)
    }

    /// Declares J0001 at risk the way the tracker does: a forecast far past its window.
    static func declareAtRisk(_ store: Store, technician: String, median: String = "10:42", p90: String = "11:16") throws {
        let raised = try store.saveForecasts([VisitForecast(
            jobID: "J0001", technicianID: technician, medianArrival: F.at("2026-11-24", median),
            p90Arrival: F.at("2026-11-24", p90), pLate: 0.9, windowEnd: F.window("09:00", "10:00").end)],
            at: morning, threshold: 0.5)
        #expect(raised.map(\.kind) == [.visitAtRisk])
    }

    static func technician(of jobID: String, _ store: Store) throws -> String? {
        try store.publishedPlan(on: F.day)?.visits.first { $0.jobID == jobID }?.technicianID
    }

    @Test func anAtRiskVisitGoesToAnotherTechnicianWhoCanStillMakeTheWindow() throws {
        let (store, plan) = try Self.plannedStore()
        let assigned = try #require(plan.visits.first { $0.jobID == "J0001" }).technicianID
        try Self.declareAtRisk(store, technician: assigned)

        let responses = try EventResponder(store: store).respond(now: Self.morning)
        let other = assigned == "T01" ? "T02" : "T01"
        #expect(responses.map(\.action) == [.reassigned(from: assigned, to: other)])
        #expect(try Self.technician(of: "J0001", store) == other)
        let otherName = try #require(try store.technicians().first { $0.id == other }).name
        #expect(responses.first?.messages.first?.body == "Test Home Services: \(otherName) is coming instead, still between 09:00 and 10:00.")
        // Consumed: a second pass does nothing, and the new technician's own risk can be raised afresh.
        #expect(try EventResponder(store: store).respond(now: Self.morning).isEmpty)
        #expect(try store.atRiskJobs().isEmpty)
    }

    @Test func aHandoverTheOtherTechniciansRealDayCannotKeepIsNotMade() throws {
        // On the plan the other technician is free at home; in fact their last fix, at 08:45, is
        // 80 km north. Handing Jenna's visit to them would tell her "still between 09:00 and 10:00"
        // and then "on my way, 11:30": she is told of the delay instead.
        let (store, plan) = try Self.plannedStore()
        let assigned = try #require(plan.visits.first { $0.jobID == "J0001" }).technicianID
        let other = assigned == "T01" ? "T02" : "T01"
        try Self.declareAtRisk(store, technician: assigned)
        let now = F.at("2026-11-24", "08:50")
        try store.recordFixes([(other, [PositionFix(at: F.at("2026-11-24", "08:45"), location: GeoPoint(latitude: 47.59, longitude: -114.0))])],
                              receivedAt: now)
        let responder = EventResponder(store: store, tracker: try Tracker.fromSettings(store: store))
        #expect(try responder.respond(now: now).map(\.action) == [.toldRunningLate(arrival: F.window("10:40", "11:20"))])
        #expect(try Self.technician(of: "J0001", store) == assigned)
    }

    @Test func whenTheBusinessDoesNotReassignTheCustomerIsToldTheNewArrivalAndAskedToChoose() throws {
        let (store, plan) = try Self.plannedStore()
        try store.setSetting(.reassignWhenLate, to: "false")
        let assigned = try #require(plan.visits.first { $0.jobID == "J0001" }).technicianID
        try Self.declareAtRisk(store, technician: assigned)

        let responses = try EventResponder(store: store).respond(now: Self.morning)
        // From the median rounded down to 5 minutes to the 90th percentile rounded up.
        let told = F.window("10:40", "11:20")
        #expect(responses.map(\.action) == [.toldRunningLate(arrival: told)])
        #expect(try Self.technician(of: "J0001", store) == assigned)
        let late = try store.messages(jobID: "J0001").filter { $0.kind == .runningLate }
        #expect(late.count == 2)  // Jenna chose both SMS and email.
        #expect(late.allSatisfy { $0.window == told && $0.body.contains("10:40") && $0.body.contains("1") && $0.body.contains("2") })
    }

    @Test func aCustomerIsWarnedOnlyOnceTheForecastIsSureEnoughForTheLeadLeft() throws {
        // J0002 (11:00-12:00) looks late at 07:00, five hours ahead, with P(late) 0.8: too unsure to
        // worry the customer that far out, and nobody is asked to take it. An hour and a half
        // before the window closes, 0.8 is sure enough: the customer hears it.
        let (store, plan) = try Self.plannedStore()
        try store.setSetting(.reassignWhenLate, to: "false")
        let assigned = try #require(plan.visits.first { $0.jobID == "J0002" }).technicianID
        func forecast(at time: String) throws {
            try store.saveForecasts([VisitForecast(jobID: "J0002", technicianID: assigned, medianArrival: F.at("2026-11-24", "12:30"),
                                                   p90Arrival: F.at("2026-11-24", "12:55"), pLate: 0.8,
                                                   windowEnd: F.window("11:00", "12:00").end)],
                                    at: F.at("2026-11-24", time), threshold: 0.5)
        }
        try forecast(at: "07:00")
        let early = try EventResponder(store: store).respond(now: F.at("2026-11-24", "07:00"))
        guard case .held = early.first?.action else {
            Issue.record("expected the warning to wait, got \(early)")
            return
        }
        #expect(try store.messages(jobID: "J0002").allSatisfy { $0.kind == .confirmation })
        try forecast(at: "10:30")
        let responder = EventResponder(store: store)
        #expect(try responder.respond(now: F.at("2026-11-24", "10:30")).map(\.action) == [.toldRunningLate(arrival: F.window("12:30", "13:00"))])
    }

    @Test func theCertaintyAWarningNeedsFallsAsTheWindowNears() {
        let rule = LateWarningRule(threshold: 0.5, horizon: 300 * 60)
        #expect(rule.requiredProbability(lead: 30 * 60) == 0.5)
        #expect(rule.requiredProbability(lead: 60 * 60) == 0.5)
        #expect(abs(rule.requiredProbability(lead: 180 * 60) - 0.725) < 1e-9)
        #expect(rule.requiredProbability(lead: 300 * 60) == 0.95)
        #expect(rule.requiredProbability(lead: 600 * 60) == 0.95)
        // Falling steadily: never more sure an hour nearer.
        let leads = stride(from: 0.0, through: 600 * 60, by: 60)
        #expect(zip(leads, leads.dropFirst()).allSatisfy { rule.requiredProbability(lead: $0) <= rule.requiredProbability(lead: $1) })
        // A business stricter than 0.95 throughout stays strict.
        #expect(LateWarningRule(threshold: 0.97, horizon: 300 * 60).requiredProbability(lead: 400 * 60) == 0.97)
    }

    @Test func anAtRiskEventForAVisitThatAlreadyMovedIsSkipped() throws {
        let (store, plan) = try Self.plannedStore()
        let assigned = try #require(plan.visits.first { $0.jobID == "J0001" }).technicianID
        try Self.declareAtRisk(store, technician: assigned == "T01" ? "T02" : "T01")
        let responses = try EventResponder(store: store).respond(now: Self.morning)
        guard case .skipped = responses.first?.action else {
            Issue.record("expected the stale event to be skipped, got \(responses)")
            return
        }
        #expect(try store.messages(jobID: "J0001").allSatisfy { $0.kind == .confirmation })
    }

    @Test func settingOffCompletingAndFailingReachTheCustomerAndTheDispatcher() throws {
        let (store, plan) = try Self.plannedStore()
        let technician = try #require(plan.visits.first { $0.jobID == "J0001" }).technicianID
        let tracker = try Tracker(store: store)
        let responder = EventResponder(store: store)
        let progress = VisitProgress(followUp: FieldFollowUp(tracker: tracker, mode: .inline, respond: { responder.respondAfterWrite(now: $0) }))
        func report(_ job: String, _ kind: VisitEventKind, at time: String, by who: String? = nil, parts: [PartQuantity] = [],
                    notes: String? = nil, reason: String? = nil) throws {
            let at = F.at("2026-11-24", time)
            _ = try progress.report(VisitEvent(jobID: job, technicianID: who ?? technician, kind: kind, at: at, statusAfter: .scheduled,
                                               partsUsed: parts, notes: notes, reason: reason), now: at)
        }
        try report("J0001", .enRoute, at: "08:30")
        let onMyWay = try store.messages(jobID: "J0001").filter { $0.kind == .onMyWay }
        #expect(onMyWay.count == 2 && onMyWay.allSatisfy { $0.body.contains("between") })
        try report("J0001", .arrived, at: "09:05")
        try report("J0001", .started, at: "09:06")
        try report("J0001", .completed, at: "10:00", notes: "replaced the capacitor")
        let kinds = try store.messages(jobID: "J0001").map(\.kind)
        #expect(kinds.filter { $0 == .done }.count == 2 && kinds.filter { $0 == .followUp }.count == 2)
        #expect(try store.messages(jobID: "J0001").first { $0.kind == .done }?.body.contains("replaced the capacitor") == true)

        let wyatts = try #require(plan.visits.first { $0.jobID == "J0002" }).technicianID
        try report("J0002", .enRoute, at: "10:10", by: wyatts)
        try report("J0002", .arrived, at: "10:30", by: wyatts)
        try report("J0002", .unableToComplete, at: "10:40", by: wyatts, reason: "customer not home")
        let flagged = try store.inbox(jobID: "J0002").filter { $0.source == .system }
        #expect(flagged.count == 1 && flagged.first?.body.contains("customer not home") == true && flagged.first?.handled == false)
        #expect(try store.messages(jobID: "J0002").allSatisfy { $0.kind != .followUp && $0.kind != .done })
    }

    // MARK: A late visit behind a late visit

    /// Jenna (09:00–10:00) then Wyatt (11:00–12:00), both on T01's route; no reassignment, so the
    /// customers are told.
    static func oneRouteStore() throws -> Store {
        let store = try F.store()
        try F.book(store, "J0001", F.window("09:00", "10:00"))
        try F.book(store, "J0002", F.window("11:00", "12:00"))
        try store.setSetting(.reassignWhenLate, to: "false")
        func visit(_ sequence: Int, _ job: String, _ arrival: String) -> PlanVisit {
            let at = F.at("2026-11-24", arrival)
            return PlanVisit(technicianID: "T01", sequence: sequence, jobID: job, plannedArrival: at, plannedStart: at,
                             plannedEnd: at.addingTimeInterval(3600))
        }
        let plan = try store.savePlan(Plan(date: F.day, version: 0, state: .draft, createdAt: F.evening, cost: 0,
                                           visits: [visit(1, "J0001", "09:10"), visit(2, "J0002", "11:10")], unassigned: []))
        try store.publishPlan(id: plan.id!)
        return store
    }

    /// The tracker's forecasts at `time`: J0001 and J0002 with the given P(late).
    @discardableResult
    static func forecast(_ store: Store, at time: String, jenna: Double, wyatt: Double, jennaMedian: String = "10:20") throws -> [DomainEvent] {
        func forecast(_ job: String, pLate: Double, median: String, end: String) -> VisitForecast {
            VisitForecast(jobID: job, technicianID: "T01", medianArrival: F.at("2026-11-24", median),
                          p90Arrival: F.at("2026-11-24", median).addingTimeInterval(1800), pLate: pLate, windowEnd: F.at("2026-11-24", end))
        }
        return try store.saveForecasts([forecast("J0001", pLate: jenna, median: jennaMedian, end: "10:00"),
                                        forecast("J0002", pLate: wyatt, median: "12:05", end: "12:00")],
                                       at: F.at("2026-11-24", time), threshold: 0.5)
    }

    @Test func aLaterVisitIsHeldWhileAnEarlierOneIsLateAndDroppedWhenTheDayRecovers() throws {
        let store = try Self.oneRouteStore()
        #expect(try Self.forecast(store, at: "07:30", jenna: 0.9, wyatt: 0.6).count == 2)
        let first = try EventResponder(store: store).respond(now: F.at("2026-11-24", "07:30"))
        #expect(first.count == 2)
        guard case .toldRunningLate = first[0].action, case .held = first[1].action else {
            Issue.record("expected Jenna told and Wyatt held, got \(first.map(\.action))")
            return
        }
        #expect(try store.messages(jobID: "J0002").allSatisfy { $0.kind == .confirmation })
        // Still held on the next pass: nothing about Jenna's visit is settled.
        guard case .held = try EventResponder(store: store).respond(now: F.at("2026-11-24", "07:35")).first?.action else {
            Issue.record("expected Wyatt still held")
            return
        }

        // Jenna agrees to wait (her visit's risk is settled) and the tracker now sees Wyatt on time.
        try store.clearRisk(jobID: "J0001")
        try Self.forecast(store, at: "07:40", jenna: 0.2, wyatt: 0.3)
        let later = try EventResponder(store: store).respond(now: F.at("2026-11-24", "07:40"))
        guard case .skipped(let reason) = later.first?.action else {
            Issue.record("expected Wyatt's warning dropped, got \(later.map(\.action))")
            return
        }
        #expect(reason.contains("no longer at risk"))
        #expect(try store.messages(jobID: "J0002").allSatisfy { $0.kind == .confirmation })
        #expect(try store.unconsumedDomainEvents().isEmpty)
        #expect(try store.atRiskJobs().isEmpty)  // so a new slip can be announced
    }

    @Test func aHeldVisitIsAnnouncedOnceItsEarlierVisitIsSettledAndItIsStillLate() throws {
        let store = try Self.oneRouteStore()
        try Self.forecast(store, at: "07:30", jenna: 0.9, wyatt: 0.6)
        _ = try EventResponder(store: store).respond(now: F.at("2026-11-24", "07:30"))
        try store.clearRisk(jobID: "J0001")
        // Four hours ahead, a warning needs near-certainty (`LateWarningRule`).
        try Self.forecast(store, at: "07:40", jenna: 0.2, wyatt: 0.96)
        let responses = try EventResponder(store: store).respond(now: F.at("2026-11-24", "07:40"))
        #expect(responses.map(\.action) == [.toldRunningLate(arrival: F.window("12:05", "12:35"))])
    }

    @Test func theHoldEndsWhenTheWindowClosesWithinTheHoldTime() throws {
        let store = try Self.oneRouteStore()
        try Self.forecast(store, at: "10:55", jenna: 0.9, wyatt: 0.8)
        // 12:00 is 65 minutes away: held behind Jenna's late visit.
        let early = try EventResponder(store: store).respond(now: F.at("2026-11-24", "10:55"))
        guard case .held = early.last?.action else {
            Issue.record("expected Wyatt held, got \(early.map(\.action))")
            return
        }
        // 12:00 is 55 minutes away (the default hold is 60): Wyatt is told, though Jenna's visit is still late.
        let responses = try EventResponder(store: store).respond(now: F.at("2026-11-24", "11:05"))
        #expect(responses.map(\.action) == [.toldRunningLate(arrival: F.window("12:05", "12:35"))])
    }

    @Test func withNoHoldEveryAtRiskVisitIsAnnouncedAtOnce() throws {
        let store = try Self.oneRouteStore()
        try store.setSetting(.holdBehindLateMinutes, to: "0")
        try Self.forecast(store, at: "07:30", jenna: 0.9, wyatt: 0.96)
        let responses = try EventResponder(store: store).respond(now: F.at("2026-11-24", "07:30"))
        #expect(responses.map(\.action) == [.toldRunningLate(arrival: F.window("10:20", "10:50")),
                                             .toldRunningLate(arrival: F.window("12:05", "12:35"))])
    }

    @Test func aCustomerWhoHasNotAnsweredIsToldAgainWhenTheArrivalSlipsFurther() throws {
        let store = try Self.oneRouteStore()
        try Self.forecast(store, at: "07:30", jenna: 0.9, wyatt: 0.6)
        let responder = EventResponder(store: store)
        _ = try responder.respond(now: F.at("2026-11-24", "07:30"))
        // Told 10:20–10:50; Wyatt, held, has been told nothing, and slips do not tell him.
        #expect(try responder.followSlips(now: F.at("2026-11-24", "07:35")).isEmpty)
        // A slip within the half hour she has to answer waits for her answer.
        try Self.forecast(store, at: "07:50", jenna: 0.95, wyatt: 0.6, jennaMedian: "10:50")
        #expect(try responder.followSlips(now: F.at("2026-11-24", "07:50")).isEmpty)
        // Fifteen minutes later is within messages.late_notice_move_minutes (20): no new notice.
        try Self.forecast(store, at: "08:00", jenna: 0.95, wyatt: 0.6, jennaMedian: "10:35")
        #expect(try responder.followSlips(now: F.at("2026-11-24", "08:00")).isEmpty)
        // Half an hour later: told again, on both of Jenna's channels, with the new window.
        try Self.forecast(store, at: "08:30", jenna: 0.97, wyatt: 0.6, jennaMedian: "10:50")
        let again = try responder.followSlips(now: F.at("2026-11-24", "08:30"))
        #expect(again.count == 2 && again.allSatisfy { $0.kind == .runningLate && $0.window == F.window("10:50", "11:20") })
        #expect(try store.messages(jobID: "J0002").allSatisfy { $0.kind == .confirmation })
        // Once she answers (her visit is no longer at risk), slips are the tracker's to raise afresh.
        try store.clearRisk(jobID: "J0001")
        try Self.forecast(store, at: "09:00", jenna: 0.2, wyatt: 0.6, jennaMedian: "11:40")
        #expect(try responder.followSlips(now: F.at("2026-11-24", "09:00")).isEmpty)
    }

    @Test func heldEventsDoNotKeepNewerOnesWaiting() throws {
        let store = try Self.oneRouteStore()
        try Self.forecast(store, at: "07:30", jenna: 0.9, wyatt: 0.6)
        // Read one at a time: Jenna's is handled, Wyatt's held, and the reading still moves on.
        #expect(try EventResponder(store: store).respond(now: F.at("2026-11-24", "07:30"), batchSize: 1).count == 2)
        // A newer event behind the held one is handled too.
        try store.clearRisk(jobID: "J0001")
        try Self.forecast(store, at: "07:40", jenna: 0.9, wyatt: 0.6)
        let responses = try EventResponder(store: store).respond(now: F.at("2026-11-24", "07:40"), batchSize: 1)
        #expect(responses.map(\.event.jobID) == ["J0002", "J0001"])
        guard case .held = responses[0].action, case .toldRunningLate = responses[1].action else {
            Issue.record("expected Wyatt held and Jenna handled, got \(responses.map(\.action))")
            return
        }
    }
}
