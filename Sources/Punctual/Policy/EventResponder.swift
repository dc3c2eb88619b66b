import Foundation
import Logging
import Synchronization
import PunctualCore

/// The policy that acts on what the field reports and the tracker concludes, so the customer hears
/// first:
/// - a technician set off → "on my way" with the predicted arrival window;
/// - a visit went at risk → when the business allows it (`dispatch.reassign_when_late`), hand it to
///   another technician who can still make the window with the skills and the parts and without
///   breaking a promise of their own, and tell the customer who is coming, however far ahead;
///   otherwise, once `LateWarningRule` says the forecast is sure enough for the lead left, tell the
///   customer the new arrival window and offer wait or rebook;
/// - a visit was completed → "done" now and "how did we do?" later;
/// - a visit could not be completed → the dispatcher's inbox.
///
/// Events are consumed in id order and marked only once handled, so a crash replays them; every
/// action is idempotent (notices are keyed; an at-risk visit that already moved is skipped). One
/// responder per process serialises its passes.
public final class EventResponder: Sendable {
    public let store: Store
    public let notifications: Notifications
    public let reassigner: Reassigner
    /// Checks a handover on the forecast of the receiving technician's real day; nil trusts the
    /// re-dispatch plan alone.
    public let tracker: Tracker?
    /// Re-plans the rest of the day when no single handover saves an at-risk visit (with a tracker
    /// only: it is judged on the tracker's forecasts); nil never re-plans.
    public let recovery: DayRecovery?
    /// Held for a whole pass: passes of one responder never overlap.
    private let passes = Mutex(())
    private let logger = Logger(label: "punctual.responder")

    /// How long a customer told of a late visit has to answer before a further slip is told.
    static let answerTime: TimeInterval = 30 * 60
    /// How often a visit still at risk, whose warning waits, is offered to the other technicians
    /// again: the day changes as visits finish, but working out everyone's routes on every pass
    /// would cost the technicians' reports their speed.
    static let reassignRetry: TimeInterval = 10 * 60
    /// When each at-risk visit was last offered to the others, and each day re-planned (lost on
    /// restart: it only paces retries).
    private let reassignAttempts = Mutex<[String: Date]>([:])

    public init(store: Store, notifier: Notifier = Notifier(), reassigner: Reassigner = Reassigner(), tracker: Tracker? = nil,
                recovery: DayRecovery? = DayRecovery()) {
        self.store = store
        self.notifications = Notifications(store: store, notifier: notifier)
        self.reassigner = reassigner
        self.tracker = tracker
        self.recovery = recovery
    }

    /// Handles every unconsumed event, oldest first, read `batchSize` at a time. Held events stay
    /// unconsumed, so each read starts after the last event seen rather than at the oldest: however
    /// many are held, newer events are still handled.
    @discardableResult
    public func respond(now: Date, batchSize: Int = 200) throws -> [EventResponse] {
        try passes.withLock { _ in
            var responses: [EventResponse] = []
            var cursor: Int64 = 0
            while true {
                let batch = try store.unconsumedDomainEvents(after: cursor, limit: batchSize)
                for event in batch {
                    do {
                        responses.append(try respond(to: event, now: now))
                    } catch {
                        // One event that cannot be handled must not block the others, nor vanish: the
                        // dispatcher is told, with the job attached.
                        logger.error("could not act on a field event", metadata: ["event": "\(event.kind.rawValue)", "error": "\(error)"])
                        _ = try store.addInboxItem(source: .system, customerID: nil, jobID: event.jobID, sender: "",
                                                   body: "Punctual could not act on \(event.kind.rawValue) for \(event.jobID ?? "?"): \(error)",
                                                   action: nil, handled: false, now: now)
                        responses.append(EventResponse(event: event, action: .flagged(reason: "\(error)")))
                    }
                    if case .held = responses.last?.action { continue }
                    try store.markDomainEventsConsumed(ids: [event.id!], at: now)
                }
                guard batch.count == batchSize, let last = batch.last?.id else { return responses }
                cursor = last
            }
        }
    }

    /// Responds after a report was stored. The report stands whatever happens here, so a failure is
    /// logged, and the events stay unconsumed for the next pass (the outbox worker's) to retry.
    public func respondAfterWrite(now: Date) {
        do {
            try respond(now: now)
        } catch {
            logger.error("responding to field events failed", metadata: ["error": "\(error)"])
        }
    }

    func respond(to event: DomainEvent, now: Date) throws -> EventResponse {
        guard let jobID = event.jobID, let job = try store.job(jobID) else {
            return EventResponse(event: event, action: .skipped(reason: "the job no longer exists"))
        }
        let technicianName = try event.technicianID.flatMap(technicianName) ?? "your technician"
        switch event.kind {
        case .visitEnRoute:
            guard let forecast = try store.visitForecast(jobID: jobID) else {
                return EventResponse(event: event, action: .skipped(reason: "no arrival forecast for \(jobID)"))
            }
            let arrival = forecast.customerWindow
            // A visit likely late hears its real arrival; one likely on time, an arrival within its promise.
            let likelyLate = forecast.pLate >= (try store.settings()).number(.lateThreshold)
            let messages = try notifications.technicianOnTheWay(jobID: jobID, technicianName: technicianName, arrival: arrival,
                                                                withinPromise: !likelyLate, now: now)
            return EventResponse(event: event, action: .toldOnTheWay(arrival: arrival), messages: messages)
        case .visitAtRisk:
            return try respondAtRisk(event, job: job, technicianName: technicianName, now: now)
        case .visitCompleted:
            let report = try store.visitEvents(job: jobID).last { $0.kind == .completed }
            let work = report?.notes.flatMap { $0.isEmpty ? nil : $0 } ?? job.typeName
            let messages = try notifications.jobCompleted(jobID: jobID, technicianName: technicianName, workDone: work,
                                                          partsUsed: report?.partsUsed ?? [], completedAt: event.at, now: now)
            return EventResponse(event: event, action: .toldDone, messages: messages)
        case .visitUnableToComplete:
            let reason = try store.visitEvents(job: jobID).last { $0.kind == .unableToComplete }?.reason ?? "no reason given"
            let customer = try store.customer(id: job.customerID)
            // The customer hears what happens next, not silence after "on my way".
            _ = try notifications.visitNotCompleted(jobID: jobID, technicianName: technicianName, now: now)
            _ = try store.addInboxItem(source: .system, customerID: job.customerID, jobID: jobID, sender: customer?.phone ?? "",
                                       body: "\(technicianName) could not complete \(jobID): \(reason). Rebook it with the customer.",
                                       action: nil, handled: false, now: now)
            return EventResponse(event: event, action: .flagged(reason: reason))
        }
    }

    private func respondAtRisk(_ event: DomainEvent, job: Job, technicianName: String, now: Date) throws -> EventResponse {
        guard job.status.isAwaitingArrival else {
            return EventResponse(event: event, action: .skipped(reason: "\(job.id) is \(job.status.rawValue)"))
        }
        let plan = try store.publishedPlan(on: job.date)
        let current = plan?.visits.first { $0.jobID == job.id }?.technicianID
        guard let plan, let current, current == event.technicianID else {
            return EventResponse(event: event, action: .skipped(reason: "\(job.id) is no longer on \(event.technicianID ?? "?")'s route"))
        }
        let settings = try store.settings()
        if let hold = try holdReason(job, technician: current, plan: plan, settings: settings, now: now) {
            return EventResponse(event: event, action: .held(reason: hold))
        }
        // Weighed on the latest forecast, not the one that raised the event: the day may have
        // recovered since (an earlier visit was handed over or rebooked). Read once: a handover
        // below returns, and nothing else changes it during the pass.
        let latest = try store.visitForecast(jobID: job.id)
        if let forecast = latest, forecast.pLate < settings.number(.lateThreshold) {
            try store.clearRisk(jobID: job.id)
            return EventResponse(event: event, action: .skipped(reason: String(
                format: "%@ is no longer at risk (P(late) %.2f)", job.id, forecast.pLate)))
        }
        // One on the way stays with its technician; the rest of their day may still change.
        if settings.text(.reassignWhenLate) == "true" {
            let confident = 1 - settings.number(.atRiskLateProbability)
            let offers = job.status != .enRoute && reassignDue(job.id, now: now) ? try reassigner.alternatives(for: job.id, store: store, now: now) : []
            for offer in offers where offer.onTimeProbability >= confident {
                // The plan's view of the other day, checked against how it is really going.
                if let handover = try tracker?.handover(job, to: offer.technicianID, plannedArrival: offer.plannedArrival, now: now),
                   handover.pLate > 1 - confident || !handover.newlyAtRisk.isEmpty {
                    continue
                }
                do {
                    try reassigner.reassign(job.id, to: offer.technicianID, store: store, now: now)
                } catch is ReassignError {
                    continue  // The day changed since the alternatives were listed: try the next.
                }
                try store.clearRisk(jobID: job.id)
                let messages = try notifications.visitReassigned(jobID: job.id, technicianName: offer.technicianName, now: now)
                return EventResponse(event: event, action: .reassigned(from: current, to: offer.technicianID), messages: messages)
            }
            // No one visit moved saves it: the rest of the day, planned again from where it stands.
            // At most once per `reassignRetry` for the whole day: it weighs every visit at risk at once.
            if let tracker, let recovery, settings.text(.replanWhenLate) == "true", reassignDue("day \(job.date)", now: now),
               let outcome = try recovery.recover(job.date, store: store, tracker: tracker, now: now, reason: "\(job.id) at risk") {
                for id in outcome.changedTechnicians { tracker.updateAfterWrite(technician: id, now: now) }
                let action = EventResponse.Action.replanned(handedOver: outcome.handedOver, technicians: outcome.changedTechnicians)
                if let pLate = try store.visitForecast(jobID: job.id)?.pLate, pLate < settings.number(.lateThreshold) {
                    try store.clearRisk(jobID: job.id)
                    return EventResponse(event: event, action: action)
                }
                // Still at risk on the new routes: weighed again on its new forecast next pass.
                return EventResponse(event: event, action: .held(reason: "re-planned the day (\(outcome.atRiskBefore.count) at risk → "
                    + "\(outcome.atRiskAfter.count)), \(job.id) still at risk; weighed again on its new forecast"))
            }
        }
        guard let forecast = latest else {
            return EventResponse(event: event, action: .skipped(reason: "no arrival forecast for \(job.id)"))
        }
        let arrival = forecast.customerWindow
        // Nobody could take it: the customer hears once the forecast is sure enough for the lead left.
        if let end = job.promisedWindow?.end {
            let rule = LateWarningRule(settings: settings)
            let lead = end.timeIntervalSince(now)
            if !rule.speaks(pLate: forecast.pLate, lead: lead) {
                return EventResponse(event: event, action: .held(reason: String(
                    format: "%@: P(late) %.2f with %d min to go; a warning needs %.2f", job.id, forecast.pLate, Int(lead / 60),
                    rule.requiredProbability(lead: lead))))
            }
        }
        // Once the technician is on the way, "on my way" announces the arrival: a late notice in the
        // same minute would be a second, different one. Wait for it, and once it has gone, a late
        // arrival it already announced needs no other notice.
        if job.status == .enRoute, let promise = job.promisedWindow {
            let told = try store.messages(jobID: job.id).last { $0.kind == .onMyWay && ($0.facts.promisedWindow ?? promise) == promise }
            guard let told else {
                return EventResponse(event: event, action: .held(reason: "\(job.id) is on the way; its on-my-way notice comes first"))
            }
            // Already announced late by the on-my-way: only a further slip is news.
            if let announced = told.facts.arrival, announced.end > promise.end,
               forecast.customerWindow.end.timeIntervalSince(announced.end) <= settings.number(.lateNoticeMoveMinutes) * 60 {
                try store.clearRisk(jobID: job.id)
                return EventResponse(event: event, action: .skipped(reason: "the on-my-way notice already announced \(job.id)'s late arrival"))
            }
        }
        // "Running late" with an arrival inside the promise would contradict itself: wait (the event
        // stays unconsumed) until the arrival to announce really is past the window.
        if let promise = job.promisedWindow, arrival.end <= promise.end {
            let calendar = try store.requireProfile().calendar
            return EventResponse(event: event, action: .held(reason: "the arrival to announce, \(calendar.localRange(arrival)), is inside the promise"))
        }
        let messages = try notifications.visitRunningLate(jobID: job.id, technicianName: technicianName, arrival: arrival, now: now)
        return EventResponse(event: event, action: .toldRunningLate(arrival: arrival), messages: messages)
    }

    /// Tells again the customers already told their visit is running late whose arrival has since
    /// slipped further (by more than `messages.late_notice_move_minutes`, which the notifier checks),
    /// while it stays at risk. A customer who answers "wait" gets the new window as their promise
    /// and a fresh at-risk verdict; this is for the one who has not answered within
    /// `answerTime`, so they are not left with a window the technician will miss again.
    /// - Returns: the notices queued.
    @discardableResult
    public func followSlips(now: Date) throws -> [Message] {
        try passes.withLock { _ in
            var queued: [Message] = []
            for jobID in try store.atRiskJobs().sorted() {
                // Only a slip of the promise the customer was told about, and only past its end: a
                // notice about a superseded promise, or "late" inside the current one, would not be true.
                guard let job = try store.job(jobID), job.status.isAwaitingArrival, let promise = job.promisedWindow,
                      let told = try store.messages(jobID: jobID).last(where: { $0.kind == .runningLate }),
                      (told.facts.promisedWindow ?? promise) == promise,
                      now.timeIntervalSince(told.createdAt) >= Self.answerTime,
                      let forecast = try store.visitForecast(jobID: jobID), forecast.customerWindow.end > promise.end else { continue }
                let name = try technicianName(forecast.technicianID) ?? "your technician"
                queued += try notifications.visitRunningLate(jobID: jobID, technicianName: name, arrival: forecast.customerWindow, now: now)
            }
            return queued
        }
    }

    /// Why a customer should not hear yet that `job` is running late, or nil to act now.
    ///
    /// A late visit early in a route makes every visit after it look late, and what happens to the
    /// early one (handed to someone else, rebooked by its customer, or simply finished) decides
    /// whether the later ones really are. So a later visit is held while an earlier one that is not
    /// yet reached is itself at risk, or while its forecast predates the latest change of the route,
    /// but never once its window closes within `tracking.hold_behind_late_minutes`: the warning
    /// then goes whatever happens, on the latest forecast.
    private func holdReason(_ job: Job, technician: String, plan: Plan, settings: Settings, now: Date) throws -> String? {
        let holdSeconds = settings.number(.holdBehindLateMinutes) * 60
        guard holdSeconds > 0, let end = job.promisedWindow?.end, end.timeIntervalSince(now) > holdSeconds else { return nil }
        let route = plan.visits.filter { $0.technicianID == technician }.sorted { $0.sequence < $1.sequence }
        let earlier = route.prefix { $0.jobID != job.id }.map(\.jobID)
        let flags = try store.forecastFlags(jobIDs: earlier + [job.id])
        if let computedAt = flags[job.id]?.computedAt, computedAt < plan.createdAt {
            return "\(technician)'s route changed since \(job.id)'s last forecast; waiting for a new one"
        }
        for id in earlier where flags[id]?.atRisk == true {
            guard try store.job(id)?.status.isAwaitingArrival == true else { continue }
            return "\(id), earlier on \(technician)'s route, is itself at risk; waiting until it is settled"
        }
        return nil
    }

    /// Whether `key` (a job id, or a day re-planned) is due to be offered to the other technicians
    /// again (and notes the attempt).
    private func reassignDue(_ key: String, now: Date) -> Bool {
        reassignAttempts.withLock { attempts in
            // Only attempts still pacing a retry are kept: a server running for months holds a few.
            attempts = attempts.filter { now >= $0.value && now.timeIntervalSince($0.value) < Self.reassignRetry }
            if attempts[key] != nil { return false }
            attempts[key] = now
            return true
        }
    }

    private func technicianName(_ id: String) throws -> String? {
        try store.technicians().first { $0.id == id }?.name
    }
}
