import Foundation
import Punctual
import PunctualCore
import PunctualSimulator

/// The promise metrics of each policy side by side, then each day's on-time rate and warnings, how
/// well each policy's forecasts were calibrated, and the noise profile the days were played under.
enum SimulationTable {
    static func render(_ results: [PolicyResult], noise: NoiseModel? = nil) -> String {
        var table = TextTable(headers: ["METRIC"] + results.map { "\($0.widthMinutes)-MIN WINDOWS" })
        for row in MetricRows.all { table.append([row.label] + results.map(row.value)) }
        var days = TextTable(headers: ["DAY"] + results.map { "\($0.widthMinutes) MIN: ON TIME, LATE (WARNED)" })
        for (index, day) in (results.first?.days ?? []).enumerated() {
            days.append([day.date.description] + results.map { MetricRows.day($0.days[index]) })
        }
        var sections = [table.rendered, days.rendered]
        for result in results {
            var reliability = TextTable(headers: ["P(LATE) \(result.widthMinutes) MIN", "FORECASTS", "PREDICTED", "CAME TRUE"])
            for band in result.reliability.bands {
                let row = MetricRows.reliability(band)
                reliability.append([row.band] + row.cells)
            }
            sections.append(reliability.rendered)
        }
        if let noise {
            sections.append("noise: " + noise.profile.map { "\($0.key)=\(Self.number($0.value))" }.joined(separator: " "))
        }
        return sections.joined(separator: "\n\n")
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%g", value)
    }
}
