import Foundation
import Punctual
import PunctualCore

/// How the simulated day strays from the plan: trips take a log-normal multiple of their planned
/// time (median as planned) with occasional traffic jams; jobs take a log-normal multiple of their
/// expected duration with a heavy right tail (a few run far over), averaging the expected duration,
/// and a few cannot be finished at all.
public struct NoiseModel: Sendable, Hashable, Codable {
    /// Log-standard-deviation of a trip's actual ÷ planned duration.
    public var travelSigma: Double
    /// Chance that a trip meets a traffic delay.
    public var trafficDelayChance: Double
    /// Mean extra minutes of a traffic delay (exponential).
    public var trafficDelayMeanMinutes: Double
    /// Log-standard-deviation of a job's actual ÷ expected duration, by job type; `defaultServiceSigma` otherwise.
    public var serviceSigmaByType: [String: Double]
    public var defaultServiceSigma: Double
    /// Chance that a job runs far over: its duration is multiplied by 1.5–3.
    public var overrunChance: Double
    /// Chance that a job cannot be finished (parts, access): the technician leaves after part of it.
    public var unfinishedChance: Double

    public init(travelSigma: Double = 0.15, trafficDelayChance: Double = 0.04, trafficDelayMeanMinutes: Double = 12,
                serviceSigmaByType: [String: Double] = [:], defaultServiceSigma: Double = 0.22,
                overrunChance: Double = 0.03, unfinishedChance: Double = 0.01) {
        self.travelSigma = travelSigma
        self.trafficDelayChance = trafficDelayChance
        self.trafficDelayMeanMinutes = trafficDelayMeanMinutes
        self.serviceSigmaByType = serviceSigmaByType
        self.defaultServiceSigma = defaultServiceSigma
        self.overrunChance = overrunChance
        self.unfinishedChance = unfinishedChance
    }

    /// What happened on one job.
    public struct ServiceOutcome: Sendable, Hashable {
        /// Time on site, seconds.
        public var seconds: Int
        public var finished: Bool
        /// The job ran far over its expected duration.
        public var overran: Bool
    }

    /// The actual duration of a trip planned at `plannedSeconds`.
    public func travelSeconds(planned plannedSeconds: Int, random: inout SimulationRandom) -> Int {
        guard plannedSeconds > 0 else { return 0 }
        var seconds = random.logNormal(median: Double(plannedSeconds), sigma: travelSigma)
        if random.chance(trafficDelayChance) { seconds += random.exponential(mean: trafficDelayMeanMinutes * 60) }
        return max(30, Int(seconds.rounded()))
    }

    /// The actual time on site of a job of `type` expected to take `expectedSeconds`.
    ///
    /// "Expected" is read as the business means it, the average over many such jobs, overruns
    /// included: the log-normal's median sits below it (by e^(σ²/2) and the overruns' share), so
    /// most jobs finish a little early and a few run far over.
    public func service(type: String, expected expectedSeconds: Int, random: inout SimulationRandom) -> ServiceOutcome {
        let sigma = serviceSigmaByType[type] ?? defaultServiceSigma
        let meanFactor = exp(sigma * sigma / 2) * (1 + overrunChance * 1.25)
        var seconds = random.logNormal(median: Double(expectedSeconds) / meanFactor, sigma: sigma)
        let overran = random.chance(overrunChance)
        if overran { seconds *= 1.5 + 1.5 * random.unit() }
        if random.chance(unfinishedChance) {
            return ServiceOutcome(seconds: max(300, Int((seconds * (0.3 + 0.4 * random.unit())).rounded())), finished: false,
                                  overran: overran)
        }
        return ServiceOutcome(seconds: max(300, Int(seconds.rounded())), finished: true, overran: overran)
    }
}
