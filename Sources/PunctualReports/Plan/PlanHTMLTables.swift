import Punctual
import PunctualCore
/// The tables of the plan page: broken promises (first, so they are acted on), per technician the
/// stops and the parts checklist, and the jobs no route serves.
enum PlanHTMLTables {
    private static func e(_ text: String) -> String { HTMLEscaping.escape(text) }

    static func brokenPromises(_ report: PlanReport) -> String {
        guard !report.brokenPromises.isEmpty else { return "" }
        let items = report.brokenPromises.map { job in
            "<li><strong>\(e(job.job)) · \(e(job.customer))</strong> — promised \(e(ReportFormat.window(job.windowStart, job.windowEnd)))"
                + " <span class=\"address\">\(e(job.address))</span><br>\(e(job.reason))"
                + (job.proposal.map { "<span class=\"proposal\"><strong>Proposal:</strong> \(e($0))</span>" } ?? "")
                + "</li>"
        }.joined(separator: "\n")
        return """
            <section class="alert" id="broken-promises" role="alert">
            <h2>Broken promises (\(report.brokenPromises.count))</h2>
            <ol>
            \(items)
            </ol>
            </section>

            """
    }

    static func technicians(_ report: PlanReport) -> String {
        let used = report.routes.enumerated().filter { !$0.element.visits.isEmpty }
        let idle = report.routes.filter(\.visits.isEmpty)
        var out = "<section id=\"technicians\"><h2>Technicians</h2>\n"
        for (index, route) in used {
            out += technician(route, index: index)
        }
        if used.isEmpty { out += "<p class=\"muted\">No technician has visits in this plan.</p>\n" }
        if !idle.isEmpty {
            out += "<p class=\"muted\">Without visits: \(idle.map { e("\($0.technicianName) (\($0.technician))") }.joined(separator: ", ")).</p>\n"
        }
        return out + "</section>\n"
    }

    static func technician(_ route: RouteReport, index: Int) -> String {
        var facts = [
            "shift \(route.shiftStart.clock)–\(route.shiftEnd.clock)",
            "out \(route.start.clock)–\(route.end.clock)",
            "\(route.visits.count) visits",
            "work \(ReportFormat.duration(minutes: route.workMinutes))",
            "driving \(ReportFormat.duration(minutes: route.travelMinutes)), \(ReportFormat.kilometres(route.distanceKm))",
        ]
        if !route.breaks.isEmpty {
            facts.append("break " + route.breaks.map { "\($0.start.clock)–\($0.end.clock)" }.joined(separator: ", "))
        }
        if route.overtimeMinutes > 0 { facts.append("overtime \(ReportFormat.duration(minutes: route.overtimeMinutes))") }
        if !route.startsAtDepot { facts.append("starts away from the depot") }
        return """
            <article class="tech" data-tech="\(index)">
            <h3><span class="swatch" style="background:\(TechnicianPalette.colour(at: index))"></span>\(e(route.technicianName)) <span class="muted">\(e(route.technician))</span></h3>
            <p class="summary">\(e(facts.joined(separator: " · ")))</p>
            <div class="tables">
            \(stops(route))\(checklist(route))</div>
            </article>

            """
    }

    static func stops(_ route: RouteReport) -> String {
        let rows = route.visits.map { visit in
            var window = e(ReportFormat.window(visit.windowStart, visit.windowEnd))
            if visit.promised { window += "<span class=\"badge promised\">promised</span>" }
            var onTime = visit.onTimeProbability.map { e(ReportFormat.percent($0)) } ?? "—"
            if visit.isAtRisk { onTime += "<span class=\"badge risk\">at risk</span>" }
            return "<tr\(visit.isAtRisk ? " class=\"risk\"" : "")><td class=\"num\">\(visit.sequence)</td><td>\(e(visit.job))</td>"
                + "<td>\(e(visit.customer))<div class=\"address\">\(e(visit.address)) · \(e(visit.type))</div></td>"
                + "<td class=\"nowrap\">\(window)</td><td class=\"num\">\(visit.arrival.clock)</td>"
                + "<td class=\"num\">\(visit.start.clock)–\(visit.end.clock)</td>"
                + "<td class=\"num\">\(visit.slackMinutes.map { e(ReportFormat.duration(minutes: $0)) } ?? "—")</td>"
                + "<td class=\"num\">\(onTime)</td></tr>"
        }.joined(separator: "\n")
        return """
            <table class="stops">
            <caption>Stops</caption>
            <thead><tr><th class="num">#</th><th>Job</th><th>Customer</th><th>Window</th><th class="num">Arrival</th><th class="num">Work</th><th class="num">Slack</th><th class="num">On time</th></tr></thead>
            <tbody>
            \(rows)
            </tbody>
            </table>

            """
    }

    static func checklist(_ route: RouteReport) -> String {
        guard !route.checklist.isEmpty else {
            return "<div><table class=\"checklist\"><caption>Parts checklist</caption><tbody><tr><td class=\"muted\">No parts needed.</td></tr></tbody></table></div>\n"
        }
        let rows = route.checklist.map { line in
            "<tr><td>\(e(line.name))<div class=\"address\">\(e(line.part)) · \(e(line.jobs.joined(separator: ", ")))</div></td>"
                + "<td class=\"num\">\(line.needed)</td><td class=\"num\">\(line.inVan)</td>"
                + "<td class=\"num\">\(line.load > 0 ? "<span class=\"badge load\">load \(line.load)</span>" : "0")</td></tr>"
        }.joined(separator: "\n")
        return """
            <div><table class="checklist">
            <caption>Parts checklist</caption>
            <thead><tr><th>Part</th><th class="num">Needed</th><th class="num">In van</th><th class="num">Load</th></tr></thead>
            <tbody>
            \(rows)
            </tbody>
            </table></div>

            """
    }

    static func unassigned(_ report: PlanReport) -> String {
        let jobs = report.jobsLeftOut
        guard !jobs.isEmpty else {
            return "<section id=\"unassigned\"><h2>Unassigned jobs</h2><p class=\"muted\">Every job of the day is on a route.</p></section>\n"
        }
        let broken = Set(report.brokenPromises.map(\.job))
        let rows = jobs.map { job in
            var window = e(ReportFormat.window(job.windowStart, job.windowEnd))
            if job.promised { window += "<span class=\"badge promised\">promised</span>" }
            let badge = broken.contains(job.job) ? "<span class=\"badge broken\">broken promise</span>" : ""
            return "<tr><td class=\"nowrap\">\(e(job.job))\(badge)</td><td>\(e(job.customer))<div class=\"address\">\(e(job.address))</div></td>"
                + "<td>\(e(job.priority.rawValue))</td><td>\(window)</td><td>\(e(job.reason))"
                + (job.proposal.map { "<div><strong>Proposal:</strong> \(e($0))</div>" } ?? "") + "</td></tr>"
        }.joined(separator: "\n")
        return """
            <section id="unassigned" class="panel">
            <h2>Unassigned jobs (\(jobs.count))</h2>
            <table>
            <thead><tr><th>Job</th><th>Customer</th><th>Priority</th><th>Window</th><th>Reason</th></tr></thead>
            <tbody>
            \(rows)
            </tbody>
            </table>
            </section>

            """
    }
}
