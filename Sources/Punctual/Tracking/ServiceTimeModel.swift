import Foundation
import PunctualCore

/// How long visits of each job type really take compared with the planned duration, learned from
/// completed visits: a log-normal factor per type whose parameters blend the history with a prior
/// (mean 1 — the planned duration is the average — and spread `servicePriorSpread`) weighted as
/// `servicePriorWeight` visits. On top, each technician's own pace: the mean of how far their
/// visits ran from their types' factors, shrunk towards none as if `technicianPriorWeight` visits
/// had run exactly to type, so one slow morning does not brand anyone.
public struct ServiceTimeModel: Sendable {
    /// Log-scale location and spread of actual ÷ planned for one job type.
    public struct Factor: Sendable, Hashable {
        public var mu: Double
        public var sigma: Double
        /// The factor's median, exp(mu).
        public var median: Double { exp(mu) }
        /// The factor's mean, exp(mu + sigma²/2): what a day of such visits averages.
        public var mean: Double { exp(mu + sigma * sigma / 2) }
    }

    public let prior: Factor
    private let byType: [String: Factor]

    public init(history: [ServiceObservation], policy: TrackingPolicy) {
        prior = Factor(mu: -policy.servicePriorSpread * policy.servicePriorSpread / 2, sigma: policy.servicePriorSpread)
        let k = policy.servicePriorWeight
        var byType: [String: Factor] = [:]
        for (type, observations) in Dictionary(grouping: history.filter { $0.plannedSeconds > 0 && $0.actualSeconds > 0 }, by: \.jobType) {
            let logs = observations.map { log(Double($0.actualSeconds) / Double($0.plannedSeconds)) }
            let n = Double(logs.count)
            let mean = logs.reduce(0, +) / n
            let variance = logs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / n
            byType[type] = Factor(mu: (k * prior.mu + n * mean) / (n + k),
                                  sigma: sqrt((k * policy.servicePriorSpread * policy.servicePriorSpread + n * variance) / (n + k)))
        }
        self.byType = byType
        var residuals: [String: (sum: Double, count: Double)] = [:]
        for observation in history where observation.plannedSeconds > 0 && observation.actualSeconds > 0 {
            guard let technician = observation.technicianID, let type = byType[observation.jobType] else { continue }
            let residual = log(Double(observation.actualSeconds) / Double(observation.plannedSeconds)) - type.mu
            residuals[technician, default: (0, 0)].sum += residual
            residuals[technician, default: (0, 0)].count += 1
        }
        pace = residuals.mapValues { $0.sum / ($0.count + policy.technicianPriorWeight) }
    }

    /// Per technician, the log-scale offset of their visits from their types' factors.
    private let pace: [String: Double]

    /// The factor for `jobType` done by `technician`: the type's (the prior when the type has no
    /// history) moved by the technician's pace, when it is known.
    public func factor(for jobType: String, technician: String? = nil) -> Factor {
        var factor = byType[jobType] ?? prior
        if let technician, let offset = pace[technician] { factor.mu += offset }
        return factor
    }
}
