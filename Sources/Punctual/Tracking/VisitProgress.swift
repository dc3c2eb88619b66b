import Foundation

/// Records a technician's progress report on a visit, brings the forecasts up to date and lets the
/// responder act on what it changed (on my way, done, at risk).
public struct VisitProgress: Sendable {
    public let tracker: Tracker
    public let responder: EventResponder?

    public init(tracker: Tracker, responder: EventResponder? = nil) {
        self.tracker = tracker
        self.responder = responder
    }

    /// Records `event` for `technician` (legal transitions only; a retried `Idempotency-Key` returns
    /// the original), then recomputes the technician's forecasts.
    public func report(_ event: VisitEvent, now: Date) throws -> (event: VisitEvent, replayed: Bool) {
        if event.at.timeIntervalSince(now) > tracker.policy.maxFutureSkew {
            throw InvalidInput(field: "at", detail: "the event is stamped \(Int(event.at.timeIntervalSince(now))) s in the future; check the phone's clock")
        }
        if event.kind == .unableToComplete && (event.reason ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            throw InvalidInput(field: "reason", detail: "say why the visit cannot be completed")
        }
        for (index, part) in event.partsUsed.enumerated() where part.quantity <= 0 {
            throw InvalidInput(field: "parts_used[\(index)].quantity", detail: "quantity \(part.quantity) of \(part.part) must be positive")
        }
        let result = try tracker.store.recordVisitEvent(event)
        if !result.replayed {
            if event.kind == .completed { tracker.serviceHistoryChanged() }
            tracker.updateAfterWrite(technician: event.technicianID, now: now)
            responder?.respondAfterWrite(now: now)
        }
        return result
    }
}
