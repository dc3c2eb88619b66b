import Foundation
import Synchronization
import PunctualCore

/// What a stored report sets off: the tracker's recompute of that technician's forecasts and, when
/// the recompute raised an at-risk event or the report was progress, a responder pass (on my way,
/// re-dispatch, running late, done).
///
/// Either the reporting call does it before it returns (`.inline`: tests, and the simulator, whose
/// replays must be exact), or it only notes what is due and a worker catches up (`.deferred`: the
/// server, so that a technician's POST waits for its write and nothing else). Notes coalesce: a
/// hundred fixes from one technician before the worker wakes cost one recompute.
public final class FieldFollowUp: Sendable {
    public enum Mode: Sendable { case inline, deferred }

    public let mode: Mode
    let tracker: Tracker
    let respond: (@Sendable (Date) -> Void)?
    private let due = Mutex(Due())
    private let doorbell: AsyncStream<Void>.Continuation
    /// Rings (at most one waiting) whenever something became due; the deferred worker listens.
    public let rings: AsyncStream<Void>

    struct Due {
        var positions: Set<String> = []
        var progress: Set<String> = []
    }

    /// - Parameter respond: the responder's pass at an instant; nil when nobody acts on events.
    public init(tracker: Tracker, mode: Mode, respond: (@Sendable (Date) -> Void)?) {
        self.tracker = tracker
        self.mode = mode
        self.respond = respond
        (rings, doorbell) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Fixes of `technician` were stored. The tracker recomputes at most once per
    /// `tracking.min_update_seconds` for fixes (`Tracker.fixesRecorded`).
    public func positionsRecorded(technician: String, now: Date) {
        switch mode {
        case .inline:
            if tracker.fixesRecorded(technician: technician, now: now) > 0 { respond?(now) }
        case .deferred:
            due.withLock { _ = $0.positions.insert(technician) }
            doorbell.yield()
        }
    }

    /// A progress report of `technician` was stored: forecasts are recomputed whatever the interval,
    /// and the responder always passes (the report itself may be news for the customer).
    public func progressRecorded(technician: String, completed: Bool, now: Date) {
        // The service-time model must not serve a cached prior once a visit's real duration is known.
        if completed { tracker.serviceHistoryChanged() }
        switch mode {
        case .inline:
            tracker.updateAfterWrite(technician: technician, now: now)
            respond?(now)
        case .deferred:
            due.withLock { _ = $0.progress.insert(technician) }
            doorbell.yield()
        }
    }

    /// Does everything noted so far, as of `now`; what is noted meanwhile waits for the next call.
    public func catchUp(now: Date) {
        let work = due.withLock { due in
            defer { due = Due() }
            return due
        }
        guard !work.positions.isEmpty || !work.progress.isEmpty else { return }
        var raised = 0
        for technician in work.progress.sorted() {
            raised += tracker.updateAfterWrite(technician: technician, now: now)
        }
        for technician in work.positions.subtracting(work.progress).sorted() {
            raised += tracker.fixesRecorded(technician: technician, now: now)
        }
        if raised > 0 || !work.progress.isEmpty { respond?(now) }
    }

    /// Ends `rings`, so a worker listening to it stops after its last catch-up.
    public func finish() {
        doorbell.finish()
    }
}
