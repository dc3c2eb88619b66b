import Foundation
import PunctualCore

/// Records a technician's progress report on a visit; the follow-up brings the forecasts up to date
/// and lets the responder act on what it changed (on my way, done, at risk).
public struct VisitProgress: Sendable {
    public let followUp: FieldFollowUp
    var tracker: Tracker { followUp.tracker }

    public init(followUp: FieldFollowUp) {
        self.followUp = followUp
    }

    /// Progress recorded at once, with nobody acting on its events: for tools and tests of the tracker.
    public init(tracker: Tracker) {
        self.init(followUp: FieldFollowUp(tracker: tracker, mode: .inline, respond: nil))
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
            followUp.progressRecorded(technician: event.technicianID, completed: event.kind == .completed, now: now)
        }
        return result
    }
}
