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
    public let metrics: APIMetrics
    /// Now; tests fix it to a moment of the plan day.
    public let clock: @Sendable () -> Date

    public init(store: Store, policy: TrackingPolicy = TrackingPolicy(), travelTimes: any TravelTimeProvider = GreatCircleTravelTimes(),
                clock: @escaping @Sendable () -> Date = { Date() }) throws {
        self.store = store
        tracker = try Tracker(store: store, policy: policy, travelTimes: travelTimes)
        tokens = AccessTokens(store: store, cacheLifetime: policy.tokenCacheLifetime)
        fixWriter = FixWriter(store: store)
        intake = PositionIntake(writer: fixWriter, tracker: tracker)
        progress = VisitProgress(tracker: tracker)
        metrics = APIMetrics()
        self.clock = clock
    }
}
