import Foundation
import Punctual
import PunctualCore

/// A plan as one self-contained HTML page for the dispatcher: header and warnings, broken
/// promises first, the day in numbers, the map of the routes, the timeline, then per technician
/// the stops and the parts checklist, and the jobs left out.
///
/// Nothing is fetched: styles are inline, map and timeline are inline SVG, there is no script (a
/// technician is highlighted on hover with CSS alone). The page can be mailed, archived or printed
/// as it is. Every piece of text from the data is escaped.
public enum PlanHTML {
    /// The complete document.
    public static func page(_ report: PlanReport, width: Double = 1080) -> String {
        let title = "\(report.business) — plan for \(report.date.description)"
        var body = header(report)
        body += warnings(report)
        body += PlanHTMLTables.brokenPromises(report)
        body += kpis(report)
        body += figure(id: "map", heading: "Routes", svg: SVGMap(report, width: width).svg)
        body += figure(id: "timeline", heading: "Timeline", svg: SVGTimeline(report, width: width).svg)
        body += PlanHTMLTables.technicians(report)
        body += PlanHTMLTables.unassigned(report)
        body += footer(report)
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(title))</title>
            <style>
            \(PlanHTMLStyle.sheet)
            \(PlanHTMLStyle.highlightRules(routeCount: report.routes.count))
            </style>
            </head>
            <body>
            <main>
            \(body)</main>
            </body>
            </html>

            """
    }

    private static func e(_ text: String) -> String { HTMLEscaping.escape(text) }

    static func header(_ report: PlanReport) -> String {
        let plan = report.plan
        var chips = ["Time zone \(report.timeZone)", "Version \(plan.version)"]
        chips.append("Travel times: \(plan.travelSource)")
        chips.append("Created \(plan.createdAt.clock)")
        let stateChip = "<li class=\"state-\(e(plan.state))\">\(e(plan.state.capitalized))</li>"
        return """
            <header>
            <h1>\(e(report.business))</h1>
            <p class="date">Plan for <strong>\(e(ReportFormat.longDate(report.date)))</strong></p>
            <ul class="chips">\(stateChip)\(chips.map { "<li>\(e($0))</li>" }.joined())</ul>
            </header>

            """
    }

    static func warnings(_ report: PlanReport) -> String {
        guard !report.plan.warnings.isEmpty else { return "" }
        return """
            <section class="warnings" role="alert">
            <h2>⚠ Warnings</h2>
            <ul>\(report.plan.warnings.map { "<li>\(e($0))</li>" }.joined())</ul>
            </section>

            """
    }

    static func kpis(_ report: PlanReport) -> String {
        let k = report.kpis
        let servedShare = k.jobs > 0 ? "\(Int((Double(k.served) / Double(k.jobs) * 100).rounded()))% of jobs" : ""
        let cards: [(label: String, value: String, note: String, tone: String)] = [
            ("Jobs", "\(k.jobs)", "", ""),
            ("Served", "\(k.served)", servedShare, ""),
            ("Unassigned", "\(k.unassigned)", "", k.unassigned > 0 ? "warn" : ""),
            ("Broken promises", "\(k.brokenPromises)", "", k.brokenPromises > 0 ? "bad" : ""),
            ("Technicians used", "\(k.techniciansUsed)", "of \(report.routes.count)", ""),
            ("Travel", String(format: "%.1f h", Double(k.travelMinutes) / 60), "", ""),
            ("Distance", String(format: "%.0f km", k.distanceKm), "", ""),
            ("Overtime", ReportFormat.duration(minutes: k.overtimeMinutes), "", k.overtimeMinutes > 0 ? "warn" : ""),
            ("Mean slack", k.meanSlackMinutes.map { ReportFormat.duration(minutes: Int($0.rounded())) } ?? "—",
             "arrival to window end", ""),
            ("Promises at risk", "\(k.promisesAtRisk)", "", k.promisesAtRisk > 0 ? "bad" : ""),
        ]
        let html = cards.map { card in
            "<div class=\"kpi \(card.tone)\"><div class=\"label\">\(e(card.label))</div><div class=\"value\">\(e(card.value))</div>"
                + (card.note.isEmpty ? "" : "<div class=\"note\">\(e(card.note))</div>") + "</div>"
        }.joined(separator: "\n")
        return "<section class=\"kpis\" aria-label=\"The day in numbers\">\n\(html)\n</section>\n"
    }

    static func figure(id: String, heading: String, svg: String) -> String {
        "<section id=\"\(id)\"><h2>\(e(heading))</h2><div class=\"panel figure\">\n\(svg)</div></section>\n"
    }

    static func footer(_ report: PlanReport) -> String {
        let id = report.plan.id.map { " #\($0)" } ?? ""
        return "<footer>Plan\(e(id)) version \(report.plan.version) (\(e(report.plan.state))), created \(e(report.plan.createdAt.iso8601)). "
            + "Times are local (\(e(report.timeZone))). Made by Punctual.</footer>\n"
    }
}
