import Foundation
import Punctual
import PunctualCore
import PunctualSimulator

/// The promise metrics of each policy side by side, then each day's on-time rate and warnings.
enum SimulationTable {
    static func render(_ results: [PolicyResult]) -> String {
        var table = TextTable(headers: ["METRIC"] + results.map { "\($0.widthMinutes)-MIN WINDOWS" })
        for row in MetricRows.all { table.append([row.label] + results.map(row.value)) }
        var days = TextTable(headers: ["DAY"] + results.map { "\($0.widthMinutes) MIN: ON TIME, LATE (WARNED)" })
        for (index, day) in (results.first?.days ?? []).enumerated() {
            days.append([day.date.description] + results.map { MetricRows.day($0.days[index]) })
        }
        return table.rendered + "\n\n" + days.rendered
    }
}
