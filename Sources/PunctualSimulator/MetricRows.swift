import Foundation
import Punctual
import PunctualCore

/// The promise metrics as labelled rows, in the order a dispatcher reads them: one definition for
/// the terminal table and the HTML report.
public enum MetricRows {
    public static let all: [(label: String, value: @Sendable (PolicyResult) -> String)] = [
        ("requests / turned away", { "\($0.days.reduce(0) { $0 + $1.requests }) / \($0.days.reduce(0) { $0 + $1.declined })" }),
        ("promised visits", { "\($0.overall.visits)" }),
        ("mean window width", { String(format: "%.0f min", $0.overall.windowMinutes) }),
        ("arrived inside the window", { percent($0.overall.onTimeRate) }),
        ("late visits", { "\($0.overall.lateVisits)" }),
        ("  warned before the end", { percent($0.overall.lateWarnedRate) }),
        ("  … at least 30 min before", { percent($0.overall.lateWarnedEarlyRate) }),
        ("  knowable 30 min before (oracle)", { "\($0.overall.lateKnowableEarly)" }),
        ("  … of those, warned by then", { percent($0.overall.lateWarnedEarlyOfKnowableRate) }),
        ("  reassigned, told 'still between', late", { "\($0.overall.lateReassignedUnwarned)" }),
        ("  median warning lead", { $0.overall.medianWarningLeadMinutes.map { String(format: "%.0f min", $0) } ?? "-" }),
        ("promises the plan dropped", { "\($0.overall.droppedPromises)" }),
        ("  never told", { "\($0.overall.droppedUntold)" }),
        ("  told an hour before the window", { percent($0.overall.droppedToldHourBeforeRate) }),
        ("false alarms (of warnings)", { percent($0.overall.falseAlarmRate) }),
        ("first-time fix (industry: 70-75 % average, 85 %+ best)", { percent($0.overall.firstTimeFixRate) }),
        ("  returns for a part the van lacked", { "\($0.overall.missingPartReturns)" }),
        ("messages per job", { String(format: "%.1f", $0.overall.messagesPerJob) }),
        ("overtime", { "\($0.overall.overtimeMinutes) min" }),
        ("jobs per technician-day", { String(format: "%.1f", $0.overall.jobsPerTechnicianDay) }),
        ("emergencies taken", { "\($0.days.reduce(0) { $0 + $1.emergencies })" }),
        ("technicians off sick / customers cancelling", { "\($0.days.reduce(0) { $0 + $1.sickCalls }) / \($0.days.reduce(0) { $0 + $1.cancellations })" }),
        ("reports the API refused", { "\($0.days.reduce(0) { $0 + $1.refusedReports })" }),
    ]

    /// One band of the forecast's reliability table as both reports show it: the band, how many
    /// forecasts fell in it, their mean P(late), and the share that came true.
    public static func reliability(_ band: ForecastReliability.Band) -> (band: String, cells: [String]) {
        (String(format: "%.1f-%.1f", band.lower, band.upper),
         ["\(band.verdicts)", percent(band.predicted), band.verdicts == 0 ? "-" : percent(band.observed)])
    }

    /// One day of one policy: "on time of visits, late (warned)".
    public static func day(_ day: DayResult) -> String {
        "\(percent(day.metrics.onTimeRate)) of \(day.metrics.visits), \(day.metrics.lateVisits) (\(day.lateWarned))"
    }

    public static func percent(_ rate: Double) -> String { String(format: "%.1f %%", rate * 100) }
}
