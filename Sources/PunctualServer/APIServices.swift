import Foundation
import Punctual
import PunctualCore

/// The services the handlers call, built once per server over one store.
public struct APIServices: Sendable {
    public let store: Store
    public let tracker: Tracker
    public let tokens: AccessTokens
    public let fixWriter: FixWriter
    public let intake: PositionIntake
    public let progress: VisitProgress
    /// The recompute and responder pass a report sets off: inline, or caught up by
    /// `FieldFollowUpService` in the server's group.
    public let followUp: FieldFollowUp
    /// Acts on progress and risk: on my way, re-dispatch or running late, done.
    public let responder: EventResponder
    public let metrics: APIMetrics
    /// Now; tests fix it to a moment of the plan day, the simulator moves it.
    public let clock: WallClock

    public init(store: Store, policy: TrackingPolicy = TrackingPolicy(), travelTimes: any TravelTimeProvider = GreatCircleTravelTimes(),
                clock: WallClock, followUp mode: FieldFollowUp.Mode = .inline) throws {
        try self.init(store: store, tracker: Tracker(store: store, policy: policy, travelTimes: travelTimes), clock: clock,
                      followUp: mode)
    }

    /// - Parameters:
    ///   - mode: `.deferred` for a server whose POSTs should only store (its group then runs
    ///     `FieldFollowUpService`); `.inline` where the effects must be there when the call returns.
    ///   - recovery: how a slipped day is planned again (the simulator lifts its time cap, so that a
    ///     replay does not depend on the machine's load).
    public init(store: Store, tracker: Tracker, clock: WallClock, followUp mode: FieldFollowUp.Mode = .inline,
                recovery: DayRecovery = DayRecovery()) {
        self.store = store
        self.tracker = tracker
        tokens = AccessTokens(store: store)
        fixWriter = FixWriter(store: store)
        let responder = EventResponder(store: store, tracker: tracker, recovery: recovery)
        self.responder = responder
        followUp = FieldFollowUp(tracker: tracker, mode: mode, respond: { responder.respondAfterWrite(now: $0) })
        // The area as the business stands when the server starts (a bad fix is far outside it).
        intake = PositionIntake(writer: fixWriter, followUp: followUp, area: try? store.serviceArea())
        progress = VisitProgress(followUp: followUp)
        metrics = APIMetrics()
        self.clock = clock
    }

    /// Services configured by the store's settings (`Tracker.fromSettings`: the tracking thresholds,
    /// the spreads of travel and service times, the travel speeds).
    public static func fromSettings(store: Store, clock: WallClock, followUp mode: FieldFollowUp.Mode = .inline,
                                    recovery: DayRecovery = DayRecovery()) throws -> APIServices {
        APIServices(store: store, tracker: try Tracker.fromSettings(store: store), clock: clock, followUp: mode, recovery: recovery)
    }
}
