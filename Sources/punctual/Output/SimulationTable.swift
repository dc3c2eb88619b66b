import Foundation
import Punctual
import PunctualSimulator

/// The promise metrics of each policy side by side, then each day's on-time rate and warnings.
enum SimulationTable {
    static func render(_ results: [PolicyResult]) -> String {
        var table = TextTable(headers: ["METRIC"] + results.map { "\($0.widthMinutes)-MIN WINDOWS" })
        func row(_ name: String, _ value: (PolicyResult) -> String) { table.append([name] + results.map(value)) }
        row("requests / turned away") { "\($0.days.reduce(0) { $0 + $1.requests }) / \($0.days.reduce(0) { $0 + $1.declined })" }
        row("promised visits") { "\($0.overall.visits)" }
        row("mean window width") { "\($0.overall.windowMinutes.formatted(decimals: 0)) min" }
        row("arrived inside the window") { percent($0.overall.onTimeRate) }
        row("late visits") { "\($0.overall.lateVisits)" }
        row("  warned or reassigned before the end") { percent($0.overall.lateWarnedRate) }
        row("  … at least 30 min before") { percent($0.overall.lateWarnedEarlyRate) }
        row("  median warning lead") { $0.overall.medianWarningLeadMinutes.map { "\($0.formatted(decimals: 0)) min" } ?? "-" }
        row("false alarms (of warnings)") { percent($0.overall.falseAlarmRate) }
        row("first-time fix") { percent($0.overall.firstTimeFixRate) }
        row("messages per job") { $0.overall.messagesPerJob.formatted(decimals: 1) }
        row("overtime") { "\($0.overall.overtimeMinutes) min" }
        row("jobs per technician-day") { $0.overall.jobsPerTechnicianDay.formatted(decimals: 1) }
        row("emergencies taken") { "\($0.days.reduce(0) { $0 + $1.emergencies })" }
        row("reports the API refused") { "\($0.days.reduce(0) { $0 + $1.refusedReports })" }
        var days = TextTable(headers: ["DAY"] + results.map { "\($0.widthMinutes) MIN: ON TIME, LATE (WARNED)" })
        for (index, day) in (results.first?.days ?? []).enumerated() {
            days.append([day.date.description] + results.map { result in
                let m = result.days[index].metrics
                let warned = Int((m.lateWarnedRate * Double(m.lateVisits)).rounded())
                return "\(percent(m.onTimeRate)) of \(m.visits), \(m.lateVisits) (\(warned))"
            })
        }
        return table.rendered + "\n\n" + days.rendered
    }

    static func percent(_ rate: Double) -> String { "\((rate * 100).formatted(decimals: 1)) %" }
}
