import Foundation
import Punctual
import PunctualCore

/// What the field is really like in one simulation, hidden from the product: how far each job
/// type's stated duration is off, how fast each technician works, and how slow each day's roads
/// are. Drawn from the noise profile and the seed, by name, so that the same type, technician and
/// day get the same truth in every policy and every run, whatever else the business holds.
public struct FieldTruth: Sendable {
    public let noise: NoiseModel
    public let seed: UInt64

    public init(noise: NoiseModel, seed: UInt64) {
        self.noise = noise
        self.seed = seed
    }

    /// True mean ÷ stated duration for jobs of `type`.
    public func typeBias(_ type: String) -> Double { factor(sigma: noise.typeBiasSigma, name: "type:" + type) }

    /// True time ÷ the type's true mean when `technician` does the work.
    public func technicianSpeed(_ technician: String) -> Double {
        factor(sigma: noise.technicianSpeedSigma, name: "technician:" + technician)
    }

    /// The travel factor every trip of `date` shares.
    public func dayTravelFactor(_ date: LocalDate) -> Double { factor(sigma: noise.dayTravelSigma, name: "day:\(date)") }

    /// The true mean time on site of `job` done by `technician`, seconds.
    public func meanServiceSeconds(_ job: Job, technician: String) -> Int {
        Int((Double(job.durationMinutes * 60) * typeBias(job.type) * technicianSpeed(technician)).rounded())
    }

    /// A log-normal factor of median 1 drawn from a stream named `name` (FNV-1a of its bytes with the seed).
    private func factor(sigma: Double, name: String) -> Double {
        guard sigma > 0 else { return 1 }
        var random = SimulationRandom(seed: SimulationRandom.fnv1a(name, basis: 0xcbf2_9ce4_8422_2325 ^ seed))
        return exp(sigma * random.normal())
    }
}
