import Foundation

/// How well the product's P(late) matched what happened: its forecasts of the visits not yet
/// reached, sampled every quarter hour, grouped in bands of predicted probability, beside the share
/// of those visits that really were late. A calibrated forecast has the two close in every band.
/// Only forecasts for the technician who then came count (see `ForecastSamples`).
public struct ForecastReliability: Sendable, Hashable, Codable {
    public struct Band: Sendable, Hashable, Codable {
        public var lower: Double
        public var upper: Double
        /// Forecasts that fell in the band.
        public var verdicts: Int = 0
        public var predictedSum: Double = 0
        /// Of them, forecasts of visits that were late.
        public var late: Int = 0

        /// The band's mean predicted P(late), and the share that came true.
        public var predicted: Double { verdicts == 0 ? 0 : predictedSum / Double(verdicts) }
        public var observed: Double { verdicts == 0 ? 0 : Double(late) / Double(verdicts) }
    }

    public static let edges = [0, 0.1, 0.3, 0.5, 0.7, 0.9, 1.0]
    public var bands: [Band] = zip(edges, edges.dropFirst()).map { Band(lower: $0, upper: $1) }

    public init() {}

    /// The largest gap between predicted and observed over the bands with at least `minimum` forecasts.
    public func worstGap(minimum: Int = 20) -> Double? {
        bands.filter { $0.verdicts >= minimum }.map { abs($0.predicted - $0.observed) }.max()
    }

    /// Both tables together.
    public func merged(with other: ForecastReliability) -> ForecastReliability {
        var merged = self
        for i in merged.bands.indices {
            merged.bands[i].verdicts += other.bands[i].verdicts
            merged.bands[i].predictedSum += other.bands[i].predictedSum
            merged.bands[i].late += other.bands[i].late
        }
        return merged
    }

    mutating func add(pLate: Double, late: Bool) {
        let i = bands.lastIndex { pLate >= $0.lower } ?? 0
        bands[i].verdicts += 1
        bands[i].predictedSum += pLate
        if late { bands[i].late += 1 }
    }
}

/// The day's forecasts as sampled, before the day's outcome is known.
///
/// A forecast is about the route as it stands: once the visit is handed to someone else, or the
/// customer rebooks, its outcome answers another question, so only forecasts made for the
/// technician who then came are judged.
struct ForecastSamples {
    private var samples: [(jobID: String, technicianID: String, pLate: Double)] = []

    mutating func record(jobID: String, technicianID: String, pLate: Double) { samples.append((jobID, technicianID, pLate)) }

    /// The table, once it is known which visits were late, who came to each, and which the
    /// customer rebooked (a visit nobody reached and nobody rebooked was simply late).
    func resolved(late: Set<String>, cameBy: [String: String], rebooked: Set<String>) -> ForecastReliability {
        var table = ForecastReliability()
        for sample in samples {
            let judged = cameBy[sample.jobID].map { $0 == sample.technicianID } ?? !rebooked.contains(sample.jobID)
            if judged { table.add(pLate: sample.pLate, late: late.contains(sample.jobID)) }
        }
        return table
    }
}
