import Foundation
import Punctual

/// The services the handlers call, built once per server over one store.
public struct APIServices: Sendable {
    public let store: Store
    public let tracker: Tracker
    public let tokens: AccessTokens
    public let fixWriter: FixWriter
    public let intake: PositionIntake
    public let progress: VisitProgress
    /// Acts on progress and risk: on my way, re-dispatch or running late, done.
    public let responder: EventResponder
    public let metrics: APIMetrics
    /// Now; tests fix it to a moment of the plan day, the simulator moves it.
    public let clock: WallClock

    public init(store: Store, policy: TrackingPolicy = TrackingPolicy(), travelTimes: any TravelTimeProvider = GreatCircleTravelTimes(),
                clock: WallClock) throws {
        try self.init(store: store, tracker: Tracker(store: store, policy: policy, travelTimes: travelTimes), clock: clock)
    }

    public init(store: Store, tracker: Tracker, clock: WallClock) {
        self.store = store
        self.tracker = tracker
        tokens = AccessTokens(store: store, cacheLifetime: tracker.policy.tokenCacheLifetime)
        fixWriter = FixWriter(store: store)
        responder = EventResponder(store: store)
        intake = PositionIntake(writer: fixWriter, tracker: tracker, responder: responder)
        progress = VisitProgress(tracker: tracker, responder: responder)
        metrics = APIMetrics()
        self.clock = clock
    }

    /// Services configured by the store's settings (`Tracker.fromSettings`: the tracking thresholds,
    /// the spreads of travel and service times, the travel speeds).
    public static func fromSettings(store: Store, clock: WallClock) throws -> APIServices {
        APIServices(store: store, tracker: try Tracker.fromSettings(store: store), clock: clock)
    }
}
