import Foundation
import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualSimulator

/// The simulated day's noise: right shape, right rates, and the same draws for the same seed.
@Suite struct NoiseModelTests {
    static func quantile(_ values: [Double], _ q: Double) -> Double {
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int(Double(sorted.count) * q))]
    }

    @Test func tripsCentreOnThePlanWithARightTailOfTrafficDelays() {
        let noise = NoiseModel()
        var random = SimulationRandom(seed: 7)
        let ratios = (0..<20_000).map { _ in Double(noise.travelSeconds(planned: 600, random: &random)) / 600 }
        let median = Self.quantile(ratios, 0.5)
        #expect(abs(median - 1) < 0.03, "median trip \(median) × plan")
        let mean = ratios.reduce(0, +) / Double(ratios.count)
        #expect(mean > median, "traffic delays make the mean exceed the median")
        #expect(Self.quantile(ratios, 0.99) > 2, "a 10-minute trip sometimes takes more than 20")
    }

    @Test func jobsHaveAHeavyRightTailAndAFewAreNotFinished() {
        let noise = NoiseModel(overrunChance: 0.05, unfinishedChance: 0.02)
        var random = SimulationRandom(seed: 11)
        let outcomes = (0..<20_000).map { _ in noise.service(type: "ac-repair", expected: 3600, random: &random) }
        let ratios = outcomes.filter(\.finished).map { Double($0.seconds) / 3600 }
        // The expected duration is the average, overruns included; most jobs finish a little early.
        let mean = ratios.reduce(0, +) / Double(ratios.count)
        #expect(abs(mean - 1) < 0.02, "mean job \(mean) × expected")
        #expect(Self.quantile(ratios, 0.5) < 0.97)
        // Log-normal alone: p99/p50 ≈ e^(2.33·0.22) ≈ 1.67; the overruns push it further.
        #expect(Self.quantile(ratios, 0.99) / Self.quantile(ratios, 0.5) > 1.9)
        let overrun = Double(outcomes.filter(\.overran).count) / Double(outcomes.count)
        let unfinished = Double(outcomes.filter { !$0.finished }.count) / Double(outcomes.count)
        #expect(abs(overrun - 0.05) < 0.01 && abs(unfinished - 0.02) < 0.006)
    }

    @Test func aSeedReplaysTheSameDrawsAndAnotherSeedDoesNot() {
        let noise = NoiseModel()
        func draws(_ seed: UInt64) -> [Int] {
            var random = SimulationRandom(seed: seed)
            return (0..<50).map { i in
                i % 2 == 0 ? noise.travelSeconds(planned: 900, random: &random)
                    : noise.service(type: "x", expected: 2700, random: &random).seconds
            }
        }
        #expect(draws(3) == draws(3))
        #expect(draws(3) != draws(4))
    }
}
