import Punctual
import PunctualCore
extension VisitReport {
    /// Below this estimated on-time probability a visit is shown as at risk of being late.
    public static let lateRiskThreshold = 0.8

    /// Whether the visit probably misses its window: the map rings it and the timeline outlines it.
    public var isAtRisk: Bool { (onTimeProbability ?? 1) < Self.lateRiskThreshold }
}
