import Foundation
import Punctual
import PunctualCore

/// How the simulated day strays from what the business and the product believe. Every figure is a
/// documented default that `--noise KEY=VALUE` can change (`NoiseParameter` lists them).
///
/// - Trips: the product's estimate times a bias (real roads are slower than a straight line at a
///   set speed), a day-level factor every trip of the day shares (weather, a closed bridge), a
///   rush-hour factor, a log-normal spread per trip and, now and then, a traffic jam.
/// - Work: the stated duration times a hidden bias per job type and a hidden speed per technician
///   (the product is told neither; it must learn them), then a log-normal spread averaging 1, with a
///   heavier tail for repair work; a few jobs cannot be finished (no access, a wrong diagnosis).
/// - The day: late starts, customers slow to open the door, GPS gaps, progress reports that wait
///   on the phone for the next batch of fixes, and a forgotten "arrived".
public struct NoiseModel: Sendable, Hashable, Codable {
    /// Log-standard-deviation of a trip's actual ÷ expected duration.
    public var travelSigma = 0.15
    /// Median real trip ÷ the product's estimate.
    public var travelBias = 1.08
    /// Log-standard-deviation of the day's travel factor, shared by every trip that day.
    public var dayTravelSigma = 0.08
    /// Trips that start 07:00–09:00 or 16:00–18:00 take this many times longer.
    public var rushHourFactor = 1.2
    /// Chance that a trip meets a traffic delay.
    public var trafficDelayChance = 0.04
    /// Mean extra minutes of a traffic delay (exponential).
    public var trafficDelayMeanMinutes = 12.0
    /// Log-standard-deviation of a job's actual ÷ its (biased) expected duration.
    public var defaultServiceSigma = 0.22
    /// Log-standard-deviation of the hidden per-job-type bias of the stated durations.
    public var typeBiasSigma = 0.15
    /// Log-standard-deviation of the hidden per-technician speed.
    public var technicianSpeedSigma = 0.12
    /// Chance that a job runs far over (× 1.5–3); repair work uses `repairOverrunChance`.
    public var overrunChance = 0.03
    public var repairOverrunChance = 0.06
    /// Chance that a job cannot be finished for want of access (the technician leaves after part of it).
    public var unfinishedChance = 0.02
    /// Chance that the diagnosis calls for a part the job did not list: a return visit.
    public var wrongPartChance = 0.06
    /// Log-standard-deviation of a technician's "about N more minutes", said once a job passes
    /// its stated duration with at least a quarter hour still to go.
    public var workLeftEstimateSigma = 0.25
    /// Chance that a technician sets off late in the morning, and the mean delay (exponential).
    public var lateStartChance = 0.15
    public var lateStartMeanMinutes = 10.0
    /// Chance that a customer is slow to open the door (or not home yet), and the mean wait.
    public var accessDelayChance = 0.06
    public var accessDelayMeanMinutes = 8.0
    /// Chance that a trip's GPS fixes go missing from its start, and the mean length of the gap.
    public var gpsGapChance = 0.05
    public var gpsGapMeanMinutes = 15.0
    /// Chance that a progress report waits on the phone and goes with the next batch of fixes.
    public var phoneBatchChance = 0.1
    /// Chance that the technician forgets to report arriving; starting work then says it.
    public var forgottenArrivalChance = 0.05

    public init() {}

    /// The same model with some parameters changed (tests).
    public init(_ changes: [NoiseParameter: Double]) {
        for (parameter, value) in changes { self[parameter] = value }
    }

    /// What happened on one job.
    public struct ServiceOutcome: Sendable, Hashable {
        /// Time on site, seconds.
        public var seconds: Int
        public var finished: Bool
        /// The job ran far over its expected duration.
        public var overran: Bool
        /// The job needed a part it did not list.
        public var wrongPart: Bool = false
    }

    /// Repair work (a type naming a repair) overruns more often than installs and maintenance.
    public func overrunChance(type: String) -> Double {
        type.contains("repair") ? repairOverrunChance : overrunChance
    }

    /// Whether a trip departing `secondsOfDay` after local midnight is in a rush hour.
    public func rushFactor(secondsOfDay: Int) -> Double {
        let hour = secondsOfDay / 3600
        return (7..<9).contains(hour) || (16..<18).contains(hour) ? rushHourFactor : 1
    }

    /// The mean duration of a trip the product estimates at `plannedSeconds`, departing at
    /// `secondsOfDay`, on a day whose travel factor is `dayFactor`.
    public func meanTravelSeconds(planned plannedSeconds: Int, secondsOfDay: Int, dayFactor: Double) -> Double {
        guard plannedSeconds > 0 else { return 0 }
        return Double(plannedSeconds) * travelBias * dayFactor * rushFactor(secondsOfDay: secondsOfDay) * exp(travelSigma * travelSigma / 2)
            + trafficDelayChance * trafficDelayMeanMinutes * 60
    }

    /// The actual duration of a trip the product estimates at `plannedSeconds`.
    public func travelSeconds(planned plannedSeconds: Int, secondsOfDay: Int = 12 * 3600, dayFactor: Double = 1,
                              random: inout SimulationRandom) -> Int {
        guard plannedSeconds > 0 else { return 0 }
        let median = Double(plannedSeconds) * travelBias * dayFactor * rushFactor(secondsOfDay: secondsOfDay)
        var seconds = random.logNormal(median: median, sigma: travelSigma)
        if random.chance(trafficDelayChance) { seconds += random.exponential(mean: trafficDelayMeanMinutes * 60) }
        return max(30, Int(seconds.rounded()))
    }

    /// The actual time on site of a job of `type` whose true mean duration is `meanSeconds` (the
    /// stated duration with the type's and the technician's hidden biases applied).
    ///
    /// The log-normal's median sits below the mean (by e^(σ²/2) and the overruns' share), so most
    /// jobs finish a little early and a few run far over.
    public func service(type: String, mean meanSeconds: Int, random: inout SimulationRandom) -> ServiceOutcome {
        let sigma = defaultServiceSigma
        let overrun = overrunChance(type: type)
        let meanFactor = exp(sigma * sigma / 2) * (1 + overrun * 1.25)
        var seconds = random.logNormal(median: Double(meanSeconds) / meanFactor, sigma: sigma)
        let overran = random.chance(overrun)
        if overran { seconds *= 1.5 + 1.5 * random.unit() }
        let wrongPart = random.chance(wrongPartChance)
        if wrongPart || random.chance(unfinishedChance) {
            return ServiceOutcome(seconds: max(300, Int((seconds * (0.3 + 0.4 * random.unit())).rounded())), finished: false,
                                  overran: overran, wrongPart: wrongPart)
        }
        return ServiceOutcome(seconds: max(300, Int(seconds.rounded())), finished: true, overran: overran)
    }

    /// The profile as `key=value` pairs, in `NoiseParameter` order, for reports.
    public var profile: [(key: String, value: Double)] { NoiseParameter.allCases.map { ($0.rawValue, self[$0]) } }
}
