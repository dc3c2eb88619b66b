import Punctual
import PunctualCore
import PunctualReports

/// The plan as a dispatcher reads it in a terminal: a table per technician, the jobs left out,
/// the broken promises, and the day's numbers.
enum PlanTable {
    static func render(_ report: PlanReport, technician: String? = nil) -> String {
        var out: [String] = []
        let header = "\(report.business) — \(report.date) (\(report.timeZone)), plan v\(report.plan.version) \(report.plan.state)"
            + ", travel times: \(report.plan.travelSource)"
        out.append(header)
        for warning in report.plan.warnings { out.append("warning: \(warning)") }
        for route in report.routes where technician == nil || route.technician == technician {
            out.append("")
            if route.visits.isEmpty {
                out.append("\(route.technician) \(route.technicianName): no visits (shift \(route.shiftStart.clock)–\(route.shiftEnd.clock))")
                continue
            }
            out.append("\(route.technician) \(route.technicianName): \(route.start.clock)–\(route.end.clock), "
                + "\(route.visits.count) visits, work \(hours(route.workMinutes)), travel \(hours(route.travelMinutes)), "
                + "\(route.distanceKm.formatted(decimals: 1)) km"
                + (route.overtimeMinutes > 0 ? ", OVERTIME \(route.overtimeMinutes) min" : ""))
            var table = TextTable("#", "JOB", "CUSTOMER", "TYPE", "WINDOW", "ARRIVE", "START", "END", "SLACK", "ON TIME")
            for visit in route.visits {
                let window = visit.windowStart.map { start in
                    "\(start.clock)-\(visit.windowEnd!.clock)" + (visit.promised ? " promised" : " avail.")
                } ?? "any time"
                table.append([
                    "\(visit.sequence)", visit.job, visit.customer, visit.type, window, visit.arrival.clock,
                    visit.start.clock, visit.end.clock, visit.slackMinutes.map { "\($0) min" } ?? "",
                    visit.onTimeProbability.map { "\(Int(($0 * 100).rounded())) %" } ?? "",
                ])
            }
            out.append(table.rendered)
            for rest in route.breaks { out.append("   break \(rest.start.clock)–\(rest.end.clock)") }
        }
        if !report.unassigned.isEmpty {
            out.append("")
            out.append("Unassigned (\(report.unassigned.count)):")
            var table = TextTable("JOB", "CUSTOMER", "PRIORITY", "REASON")
            for job in report.unassigned { table.append([job.job, job.customer, job.priority.rawValue, job.reason]) }
            out.append(table.rendered)
        }
        if !report.brokenPromises.isEmpty {
            out.append("")
            out.append("BROKEN PROMISES (\(report.brokenPromises.count)) — this plan cannot keep these windows:")
            for job in report.brokenPromises {
                let window = job.windowStart.map { "\($0.clock)–\(job.windowEnd!.clock)" } ?? ""
                out.append("  \(job.job) \(job.customer) \(window): \(job.reason)")
                if let proposal = job.proposal { out.append("      least bad: \(proposal)") }
            }
        }
        let k = report.kpis
        out.append("")
        out.append("Served \(k.served)/\(k.jobs) jobs with \(k.techniciansUsed) technicians; travel \(hours(k.travelMinutes)) "
            + "(\(k.distanceKm.formatted(decimals: 1)) km); overtime \(k.overtimeMinutes) min; "
            + "mean slack \(k.meanSlackMinutes.map { "\($0.formatted(decimals: 0)) min" } ?? "n/a"); "
            + "promises at risk \(k.promisesAtRisk); broken promises \(k.brokenPromises)")
        return out.joined(separator: "\n")
    }

    static func hours(_ minutes: Int) -> String { "\(minutes / 60)h\(String(format: "%02d", minutes % 60))" }
}
