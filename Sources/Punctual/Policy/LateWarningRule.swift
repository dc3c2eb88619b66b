import Foundation
import PunctualCore

/// When a customer is told their visit will be late.
///
/// A forecast hours ahead is less sure than one minutes ahead — an earlier visit may be handed
/// over, rebooked or simply finish early — and a false "running late" costs the customer a
/// rearranged afternoon and costs us their trust. So the certainty a warning needs falls as the
/// window nears: near-certain (`certainty`) at `tracking.warning_horizon_minutes` or more to go,
/// falling linearly to `tracking.warning_probability` an hour before the window closes, which is
/// the latest a warning is still useful. Re-dispatch does not wait for it, and asks less (a visit is
/// at risk from `tracking.late_threshold`): handing a visit to someone who can make it costs the
/// customer nothing, however far ahead it is, where a false "running late" may cost their day.
public struct LateWarningRule: Sendable, Hashable {
    /// P(late) that warns with an hour or less to go.
    public var threshold: Double
    /// Lead from which a warning needs `certainty`, seconds.
    public var horizon: TimeInterval

    /// P(late) a warning needs far ahead.
    public static let certainty = 0.95
    /// The lead below which `threshold` alone decides, seconds.
    public static let nearLead: TimeInterval = 60 * 60

    public init(threshold: Double, horizon: TimeInterval) {
        self.threshold = threshold
        self.horizon = horizon
    }

    public init(settings: Settings) {
        self.init(threshold: settings.number(.warningProbability), horizon: settings.number(.warningHorizonMinutes) * 60)
    }

    /// The P(late) a warning needs with `lead` seconds left before the window closes.
    public func requiredProbability(lead: TimeInterval) -> Double {
        let far = max(threshold, Self.certainty)
        guard lead > Self.nearLead else { return threshold }
        guard horizon > Self.nearLead else { return far }
        let share = min(1, (lead - Self.nearLead) / (horizon - Self.nearLead))
        return threshold + (far - threshold) * share
    }

    /// Whether a visit with this P(late), `lead` seconds before its window closes, is warned now.
    public func speaks(pLate: Double, lead: TimeInterval) -> Bool {
        pLate >= requiredProbability(lead: lead)
    }
}
