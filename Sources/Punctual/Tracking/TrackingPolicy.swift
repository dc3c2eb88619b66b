import Foundation
import PunctualCore

/// The tracker's thresholds and model parameters. Defaults suit a small city's service business;
/// the business's settings may override them.
public struct TrackingPolicy: Sendable, Hashable {
    /// P(arrival after the window end) at which a visit is declared at risk.
    public var atRiskThreshold: Double = 0.5
    /// A technician with no fix for this long is flagged stale on the board, seconds.
    public var staleAfter: TimeInterval = 10 * 60
    /// Spread of actual over estimated travel time: the standard deviation of its logarithm.
    public var travelTimeSpread: Double = 0.25
    /// Spread of actual over planned service time before a job type has history (log-scale sd).
    public var servicePriorSpread: Double = 0.3
    /// How many completed visits the prior counts as when blended with a job type's history.
    public var servicePriorWeight: Double = 5
    /// How many visits at their type's pace a technician's own pace is blended with.
    public var technicianPriorWeight: Double = 10
    /// How many trips at exactly the estimate the learned travel factors are blended with.
    public var travelPriorWeight: Double = 10
    /// Spread of the work really left against a technician's "about N more minutes" (log-scale sd).
    public var workLeftSpread: Double = 0.3
    /// Least time assumed left at a visit that has already run past its expected duration, seconds.
    public var minimumRemainingService: Int = 120
    /// Monte Carlo samples per forecast; the seed is fixed, so a forecast is reproducible.
    public var samples: Int = 256
    public var seed: UInt64 = 0x5EED
    /// Fixes stamped further than this in the future are refused, seconds.
    public var maxFutureSkew: TimeInterval = 5 * 60
    /// Position posts trigger a recompute at most this often per technician, seconds.
    public var minimumUpdateInterval: TimeInterval = 5
    /// Most fixes accepted in one request.
    public var maxFixesPerRequest: Int = 1000

    public init() {}
}
