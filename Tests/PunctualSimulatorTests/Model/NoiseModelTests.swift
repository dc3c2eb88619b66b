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
        let noise = NoiseModel([.travelBias: 1])
        var random = SimulationRandom(seed: 7)
        let ratios = (0..<20_000).map { _ in Double(noise.travelSeconds(planned: 600, random: &random)) / 600 }
        let median = Self.quantile(ratios, 0.5)
        #expect(abs(median - 1) < 0.03, "median trip \(median) × plan")
        let mean = ratios.reduce(0, +) / Double(ratios.count)
        #expect(mean > median, "traffic delays make the mean exceed the median")
        #expect(Self.quantile(ratios, 0.99) > 2, "a 10-minute trip sometimes takes more than 20")
    }

    @Test func jobsHaveAHeavyRightTailAndAFewAreNotFinished() {
        let noise = NoiseModel([.repairOverrunChance: 0.05, .unfinishedChance: 0.01, .wrongPartChance: 0.01])
        var random = SimulationRandom(seed: 11)
        let outcomes = (0..<20_000).map { _ in noise.service(type: "ac-repair", mean: 3600, random: &random) }
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
                    : noise.service(type: "x", mean: 2700, random: &random).seconds
            }
        }
        #expect(draws(3) == draws(3))
        #expect(draws(3) != draws(4))
    }

    @Test func theMeanTripIsWhatTheDrawsAverageInAndOutOfTheRushHour() {
        let noise = NoiseModel()
        for (secondsOfDay, dayFactor) in [(8 * 3600, 1.1), (13 * 3600, 0.95)] {
            var random = SimulationRandom(seed: 5)
            let draws = (0..<40_000).map { _ in Double(noise.travelSeconds(planned: 900, secondsOfDay: secondsOfDay, dayFactor: dayFactor, random: &random)) }
            let mean = draws.reduce(0, +) / Double(draws.count)
            let expected = noise.meanTravelSeconds(planned: 900, secondsOfDay: secondsOfDay, dayFactor: dayFactor)
            #expect(abs(mean / expected - 1) < 0.01, "at \(secondsOfDay / 3600) h: drawn \(mean), mean \(expected)")
        }
        #expect(noise.meanTravelSeconds(planned: 900, secondsOfDay: 8 * 3600, dayFactor: 1)
                > noise.meanTravelSeconds(planned: 900, secondsOfDay: 13 * 3600, dayFactor: 1) * 1.15)
    }

    /// The product is told the stated durations; the truth differs by job type and technician, the
    /// same way in every run of a seed, and spreads as the profile says.
    @Test func theHiddenBiasesAreStablePerNameAndSpreadAsTheProfileSays() {
        let truth = FieldTruth(noise: NoiseModel(), seed: 3)
        #expect(truth.typeBias("ac-repair") == FieldTruth(noise: NoiseModel(), seed: 3).typeBias("ac-repair"))
        #expect(truth.typeBias("ac-repair") != FieldTruth(noise: NoiseModel(), seed: 4).typeBias("ac-repair"))
        #expect(truth.typeBias("ac-repair") != truth.technicianSpeed("ac-repair"))
        let logs = (0..<4_000).map { log(truth.typeBias("type-\($0)")) }
        let mean = logs.reduce(0, +) / Double(logs.count)
        let sd = (logs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(logs.count)).squareRoot()
        #expect(abs(mean) < 0.01 && abs(sd - NoiseModel().typeBiasSigma) < 0.01, "log mean \(mean), log sd \(sd)")
        #expect(FieldTruth(noise: NoiseModel([.typeBiasSigma: 0]), seed: 3).typeBias("ac-repair") == 1)
    }

    @Test func everyParameterHasAKeyAndReadsBackWhatWasSet() {
        for parameter in NoiseParameter.allCases {
            var model = NoiseModel()
            model[parameter] = 0.5
            #expect(model[parameter] == 0.5, "\(parameter.rawValue)")
            #expect(model.profile.filter { $0.value == 0.5 }.map(\.key).contains(parameter.rawValue))
            #expect(parameter.problem(with: -1) != nil)
        }
        #expect(NoiseParameter.lateStartChance.problem(with: 1.5) != nil)
        #expect(NoiseParameter.lateStartMeanMinutes.problem(with: 15) == nil)
    }
}
