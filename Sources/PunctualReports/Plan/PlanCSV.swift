import Foundation
import Punctual
import PunctualCore
import PunctualImport

/// A plan as a spreadsheet: one row per visit, in route order, then one per job no route serves.
///
/// Flat on purpose, so a dispatcher can filter and sort it: each row repeats its technician, and
/// an unassigned job's row leaves the route columns empty and says why in `reason`. Instants are
/// ISO 8601 with the business's offset, as in JSON.
public enum PlanCSV {
    /// The columns, in order.
    public static let header = [
        "technician", "technician_name", "sequence", "job", "customer", "address", "lat", "lon", "type",
        "priority", "status", "window_start", "window_end", "promised", "arrival", "start", "end",
        "slack_minutes", "on_time_probability", "travel_minutes", "reason", "proposal",
    ]

    /// The whole plan as CSV text: header row, RFC 4180 quoting, `\n` line ends.
    public static func string(_ report: PlanReport) -> String {
        var writer = CSVWriter(header: header)
        for route in report.routes {
            for visit in route.visits {
                writer.append(row(visit, on: route))
            }
        }
        for job in report.jobsLeftOut {
            writer.append(row(job))
        }
        return writer.text
    }

    private static func row(_ visit: VisitReport, on route: RouteReport) -> [String] {
        [
            route.technician, route.technicianName, String(visit.sequence), visit.job, visit.customer,
            visit.address, coordinate(visit.location.latitude), coordinate(visit.location.longitude), visit.type,
            visit.priority.rawValue, visit.status.rawValue, visit.windowStart?.iso8601 ?? "",
            visit.windowEnd?.iso8601 ?? "", String(visit.promised), visit.arrival.iso8601, visit.start.iso8601,
            visit.end.iso8601, visit.slackMinutes.map(String.init) ?? "",
            visit.onTimeProbability.map(probability) ?? "", String(visit.travelMinutes), "", "",
        ]
    }

    private static func row(_ job: UnassignedReport) -> [String] {
        [
            "", "", "", job.job, job.customer, job.address, coordinate(job.location.latitude),
            coordinate(job.location.longitude), "", job.priority.rawValue, "", job.windowStart?.iso8601 ?? "",
            job.windowEnd?.iso8601 ?? "", String(job.promised), "", "", "", "", "", "", job.reason,
            job.proposal ?? "",
        ]
    }

    /// Six decimals: about 10 cm, as the imported files carry them.
    private static func coordinate(_ degrees: Double) -> String { String(format: "%.6f", degrees) }

    private static func probability(_ value: Double) -> String { String(format: "%.3f", value) }
}
