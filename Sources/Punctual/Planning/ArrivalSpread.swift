import Foundation
import PunctualCore

/// How far a planned arrival may stray: each trip and each job before it adds independent noise
/// whose standard deviation is a fixed fraction of its expected length.
///
/// Crude, but it turns "slack" into the probability a dispatcher and a customer care about, and
/// it is the same model for offering windows, for judging a plan and for the simulator's priors.
public struct ArrivalSpread: Sendable, Hashable {
    /// Standard deviation of a job's duration ÷ its expected duration.
    public var serviceCV: Double
    /// Standard deviation of a trip ÷ its expected duration.
    public var travelCV: Double
    /// Uncertainty even the first visit has (leaving a few minutes late, parking), seconds.
    public var floorSeconds: Double

    public init(serviceCV: Double = 0.25, travelCV: Double = 0.2, floorSeconds: Double = 300) {
        self.serviceCV = serviceCV
        self.travelCV = travelCV
        self.floorSeconds = floorSeconds
    }

    /// Variance, seconds², accumulated along a route.
    public struct Accumulator: Sendable, Hashable {
        public var variance: Double = 0

        public init() {}
    }

    /// Adds a trip of `seconds` to `accumulator`.
    public func addTravel(_ seconds: Int, to accumulator: inout Accumulator) {
        let sd = travelCV * Double(seconds)
        accumulator.variance += sd * sd
    }

    /// Adds a job of `seconds` to `accumulator`, with the spread learned for its type when known
    /// (`cv`), else the business's `serviceCV`.
    public func addService(_ seconds: Int, cv: Double? = nil, to accumulator: inout Accumulator) {
        let sd = (cv ?? serviceCV) * Double(seconds)
        accumulator.variance += sd * sd
    }

    /// Standard deviation of an arrival after what `accumulator` holds, seconds.
    public func standardDeviation(_ accumulator: Accumulator) -> Double {
        (accumulator.variance + floorSeconds * floorSeconds).squareRoot()
    }

    /// Probability that an arrival planned `marginSeconds` before its deadline is on time, when its
    /// spread is `standardDeviation` seconds (normal approximation).
    public static func onTimeProbability(marginSeconds: Int, standardDeviation: Double) -> Double {
        guard standardDeviation > 0 else { return marginSeconds >= 0 ? 1 : 0 }
        return 0.5 * erfc(-Double(marginSeconds) / (standardDeviation * 2.0.squareRoot()))
    }
}
