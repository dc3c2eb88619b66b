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
