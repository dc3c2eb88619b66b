import Foundation
import Punctual
import PunctualCore
import Routing

/// The simulator's random draws: uniform, normal, log-normal and exponential, from `SplitMix64`
/// with integer-exact uniforms, so a seed replays the same days on any platform.
public struct SimulationRandom: Sendable {
    private var generator: SplitMix64

    public init(seed: UInt64) {
        generator = SplitMix64(seed: seed)
    }

    /// The stream of one named thing (a job's work, a customer's answer) under `seed`: the same
    /// draws whatever else happened first, so two builds played on one seed meet the same field
    /// (common random numbers) and their difference is the product's, not the dice's.
    public init(seed: UInt64, key: String) {
        generator = SplitMix64(seed: seed ^ Self.fnv1a(key))
    }

    /// The 64-bit FNV-1a hash of `text`'s bytes from `basis`: names streams the same on any platform
    /// (Swift's own hashing is seeded per process).
    static func fnv1a(_ text: String, basis: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
        var hash = basis
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }

    /// A seed for keyed streams (`init(seed:key:)`), drawn from this one.
    public mutating func nextSeed() -> UInt64 { generator.next() }

    /// A fresh, independent stream for a sub-part of the simulation (a technician, a day), so that
    /// changing one part does not shift every other part's draws.
    public mutating func split() -> SimulationRandom {
        SimulationRandom(seed: generator.next())
    }

    /// Uniform in [0, 1).
    public mutating func unit() -> Double {
        Double(generator.next() >> 11) * 0x1.0p-53
    }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// Standard normal (Box–Muller).
    public mutating func normal() -> Double {
        let u1 = max(unit(), 0x1.0p-53)
        let u2 = unit()
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }

    /// Log-normal with median `median` and log-standard-deviation `sigma`.
    public mutating func logNormal(median: Double, sigma: Double) -> Double {
        median * exp(sigma * normal())
    }

    /// Exponential with mean `mean`.
    public mutating func exponential(mean: Double) -> Double {
        -mean * log(1 - unit())
    }

    /// Uniform integer in `range`.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(generator.next() % UInt64(range.count))
    }
}
