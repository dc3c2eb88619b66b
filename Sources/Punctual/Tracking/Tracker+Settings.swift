import Foundation
import PunctualCore

extension TrackingPolicy {
    /// The policy the business's settings give: the thresholds, and the spreads of travel and
    /// service times that booking's on-time probabilities use too, so both read one source.
    public init(settings: Settings) {
        self.init()
        atRiskThreshold = settings.number(.lateThreshold)
        staleAfter = settings.number(.staleMinutes) * 60
        servicePriorSpread = settings.number(.serviceSpread)
        travelTimeSpread = settings.number(.travelSpread)
    }
}

extension Tracker {
    /// The tracker as the business's settings configure it. The server, the board, the simulator and
    /// the demo all build theirs here, so one visit has one forecast whichever of them is asked.
    public static func fromSettings(store: Store) throws -> Tracker {
        let settings = try store.settings()
        return try Tracker(store: store, policy: TrackingPolicy(settings: settings), travelTimes: settings.greatCircleTravelTimes)
    }
}
