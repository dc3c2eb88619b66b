import Foundation
import Punctual
import PunctualCore

/// The plan's routes drawn as a standalone SVG map, with no tiles: a light kilometre grid and scale
/// bar, each route a coloured line from its start through numbered visits to its end, promised
/// visits as squares, visits at risk of lateness ringed in red, unassigned jobs as hollow grey
/// markers, the depot as a house, and a legend by technician. Every mark has a `<title>` tooltip.
///
/// Usable inside any page (the plan page, the simulation report): it carries its own fonts and
/// colours as attributes, and each route's marks carry `data-tech="<route index>"` so a page may
/// highlight a technician on hover.
public struct SVGMap: Sendable {
    public let report: PlanReport
    /// Where coordinates land; the legend is drawn below `projection.height`.
    public let projection: MapProjection

    static let margin = 40.0
    static let legendKeyWidth = 160.0
    static let legendColumnWidth = 260.0
    static let legendRowHeight = 22.0
    static let unassignedColour = "#9ca3af"
    static let riskColour = "#dc2626"
    static let depotColour = "#111827"

    public init(_ report: PlanReport, width: Double = 960) {
        self.report = report
        projection = MapProjection(fitting: Self.points(of: report), width: width, heightRange: 320...720,
                                   margin: Self.margin)
    }

    /// Every point the map shows: the depot, each used route's start, visits and end, and the
    /// unassigned jobs. Routes without visits stay off the map (their technician's home would
    /// only stretch it).
    public static func points(of report: PlanReport) -> [GeoPoint] {
        var points = [report.depot]
        for route in report.routes where !route.visits.isEmpty {
            points.append(route.startLocation)
            points += route.visits.map(\.location)
            points.append(route.endLocation)
        }
        points += report.jobsLeftOut.map(\.location)
        return points
    }

    /// Routes with at least one visit, with their index in `report.routes` (which picks the colour).
    var usedRoutes: [(index: Int, route: RouteReport)] {
        report.routes.enumerated().filter { !$0.element.visits.isEmpty }.map { ($0.offset, $0.element) }
    }

    /// The `<svg>` element.
    public var svg: String {
        let width = projection.width
        let totalHeight = projection.height + legendHeight
        var out = """
            <svg xmlns="http://www.w3.org/2000/svg" class="punctual-map" viewBox="0 0 \(width.svg) \(totalHeight.svg)" \
            width="\(width.svg)" height="\(totalHeight.svg)" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif" \
            role="img" aria-label="Map of the routes of \(HTMLEscaping.escape(report.business)) on \(report.date.description)">

            """
        out += "<rect x=\"0\" y=\"0\" width=\"\(width.svg)\" height=\"\(projection.height.svg)\" fill=\"#f8fafc\" stroke=\"#e2e8f0\"/>\n"
        out += grid()
        for (index, route) in usedRoutes {
            out += routeLine(route, colour: TechnicianPalette.colour(at: index), index: index)
        }
        out += depot()
        for job in report.jobsLeftOut {
            out += unassignedMarker(job)
        }
        for (index, route) in usedRoutes {
            out += visitMarkers(route, colour: TechnicianPalette.colour(at: index), index: index)
        }
        out += scaleBar()
        out += legend()
        out += "</svg>\n"
        return out
    }

    // MARK: Background

    /// The grid step: a round number of kilometres giving at most about ten lines across.
    var gridKilometres: Double {
        let across = projection.width / projection.pixelsPerKilometre
        let steps = [0.1, 0.2, 0.25, 0.5, 1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000]
        return steps.first { across / $0 <= 10 } ?? 2000
    }

    private func grid() -> String {
        let step = gridKilometres * projection.pixelsPerKilometre
        guard step.isFinite, step > 4 else { return "" }
        var path = ""
        var x = (projection.width / 2).truncatingRemainder(dividingBy: step)
        while x < projection.width {
            path += "M\(x.svg) 0V\(projection.height.svg)"
            x += step
        }
        var y = (projection.height / 2).truncatingRemainder(dividingBy: step)
        while y < projection.height {
            path += "M0 \(y.svg)H\(projection.width.svg)"
            y += step
        }
        return "<path d=\"\(path)\" stroke=\"#e2e8f0\" stroke-width=\"1\" fill=\"none\"><title>grid: \(Self.kilometreText(gridKilometres))</title></path>\n"
    }

    private func scaleBar() -> String {
        var kilometres = gridKilometres
        if kilometres * projection.pixelsPerKilometre < 60 { kilometres *= 2 }
        let length = kilometres * projection.pixelsPerKilometre
        let x = 16.0
        let y = projection.height - 16
        let north = "<g transform=\"translate(\((projection.width - 24).svg) 30)\" fill=\"#475569\" font-size=\"11\" text-anchor=\"middle\">" +
            "<path d=\"M0 -16L6 0L0 -4L-6 0Z\"/><text y=\"12\">N</text></g>\n"
        return """
            <g class="scale" stroke="#334155" stroke-width="1.5" fill="none">\
            <rect x="\((x - 6).svg)" y="\((y - 20).svg)" width="\((length + 12).svg)" height="28" fill="#ffffff" fill-opacity="0.8" stroke="none" rx="3"/>\
            <path d="M\(x.svg) \((y - 5).svg)V\(y.svg)H\((x + length).svg)V\((y - 5).svg)"/>\
            <text x="\((x + length / 2).svg)" y="\((y - 7).svg)" font-size="11" fill="#334155" stroke="none" text-anchor="middle">\(Self.kilometreText(kilometres))</text></g>

            """ + north
    }

    static func kilometreText(_ kilometres: Double) -> String {
        kilometres < 1 ? "\(Int((kilometres * 1000).rounded())) m" : "\(kilometres.svg) km"
    }

    // MARK: Marks

    private func routeLine(_ route: RouteReport, colour: String, index: Int) -> String {
        let stops = [route.startLocation] + route.visits.map(\.location) + [route.endLocation]
        let points = stops.map(projection.project)
        let list = points.map { "\($0.x.svg),\($0.y.svg)" }.joined(separator: " ")
        let title = HTMLEscaping.escape(
            "\(route.technicianName) (\(route.technician)): \(route.visits.count) visits, "
                + "\(ReportFormat.kilometres(route.distanceKm)), \(ReportFormat.duration(minutes: route.travelMinutes)) driving, "
                + "\(route.start.clock)–\(route.end.clock)")
        var out = "<g class=\"route\" data-tech=\"\(index)\"><title>\(title)</title>"
        out += "<polyline points=\"\(list)\" fill=\"none\" stroke=\"#ffffff\" stroke-width=\"6\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>"
        out += "<polyline points=\"\(list)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"3\" stroke-opacity=\"0.85\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>"
        // An arrowhead halfway along each long enough leg shows the direction of travel.
        for (a, b) in zip(points, points.dropFirst()) {
            let dx = b.x - a.x, dy = b.y - a.y
            let length = (dx * dx + dy * dy).squareRoot()
            guard length > 48 else { continue }
            let (ux, uy) = (dx / length, dy / length)
            let (mx, my) = ((a.x + b.x) / 2, (a.y + b.y) / 2)
            let tip = (mx + ux * 5, my + uy * 5)
            let left = (mx - ux * 5 - uy * 4, my - uy * 5 + ux * 4)
            let right = (mx - ux * 5 + uy * 4, my - uy * 5 - ux * 4)
            out += "<path d=\"M\(tip.0.svg) \(tip.1.svg)L\(left.0.svg) \(left.1.svg)L\(right.0.svg) \(right.1.svg)Z\" fill=\"\(colour)\"/>"
        }
        // A start or end away from the depot is the technician's own (home); mark it.
        let ends = route.startLocation == route.endLocation ? [route.startLocation] : [route.startLocation, route.endLocation]
        for location in ends where !Self.isNear(location, report.depot) {
            let p = projection.project(location)
            out += "<rect x=\"\((p.x - 5).svg)\" y=\"\((p.y - 5).svg)\" width=\"10\" height=\"10\" fill=\"#ffffff\" stroke=\"\(colour)\" stroke-width=\"2.5\">"
                + "<title>\(HTMLEscaping.escape("\(route.technicianName) (\(route.technician)): \(location == route.startLocation ? "start" : "end")"))</title></rect>"
        }
        return out + "</g>\n"
    }

    private func visitMarkers(_ route: RouteReport, colour: String, index: Int) -> String {
        var out = "<g class=\"visits\" data-tech=\"\(index)\">"
        for visit in route.visits {
            let p = projection.project(visit.location)
            out += "<g><title>\(HTMLEscaping.escape(Self.tooltip(visit, on: route)))</title>"
            if visit.isAtRisk {
                out += "<circle cx=\"\(p.x.svg)\" cy=\"\(p.y.svg)\" r=\"13\" fill=\"none\" stroke=\"\(Self.riskColour)\" stroke-width=\"2.5\"/>"
            }
            if visit.promised {
                out += "<rect x=\"\((p.x - 9).svg)\" y=\"\((p.y - 9).svg)\" width=\"18\" height=\"18\" rx=\"3\" fill=\"\(colour)\" stroke=\"#111827\" stroke-width=\"1.5\"/>"
            } else {
                out += "<circle cx=\"\(p.x.svg)\" cy=\"\(p.y.svg)\" r=\"9\" fill=\"\(colour)\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>"
            }
            let size = visit.sequence < 100 ? 10 : 8
            out += "<text x=\"\(p.x.svg)\" y=\"\((p.y + 3.5).svg)\" font-size=\"\(size)\" font-weight=\"700\" fill=\"#ffffff\" text-anchor=\"middle\">\(visit.sequence)</text></g>"
        }
        return out + "</g>\n"
    }

    private func unassignedMarker(_ job: UnassignedReport) -> String {
        let p = projection.project(job.location)
        let broken = job.promised || job.proposal != nil || report.brokenPromises.contains { $0.job == job.job }
        let stroke = broken ? Self.riskColour : Self.unassignedColour
        var tooltip = "\(job.job) · \(job.customer) — not served\n\(job.address)\nwindow \(ReportFormat.window(job.windowStart, job.windowEnd))"
            + (job.promised ? " (promised)" : "") + "\n\(job.reason)"
        if let proposal = job.proposal { tooltip += "\nproposal: \(proposal)" }
        return "<g class=\"unassigned\"><title>\(HTMLEscaping.escape(tooltip))</title>"
            + "<circle cx=\"\(p.x.svg)\" cy=\"\(p.y.svg)\" r=\"7\" fill=\"#ffffff\" fill-opacity=\"0.9\" stroke=\"\(stroke)\" stroke-width=\"2.5\" stroke-dasharray=\"3 2\"/></g>\n"
    }

    private func depot() -> String {
        let p = projection.project(report.depot)
        return "<g class=\"depot\"><title>\(HTMLEscaping.escape("Depot: \(report.business)"))</title>"
            + "<path d=\"M\(p.x.svg) \((p.y - 11).svg)L\((p.x + 10).svg) \((p.y - 2).svg)V\((p.y + 9).svg)H\((p.x - 10).svg)V\((p.y - 2).svg)Z\" fill=\"\(Self.depotColour)\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>"
            + "<text x=\"\((p.x + 14).svg)\" y=\"\((p.y + 4).svg)\" font-size=\"11\" font-weight=\"600\" fill=\"\(Self.depotColour)\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">Depot</text></g>\n"
    }

    static func tooltip(_ visit: VisitReport, on route: RouteReport) -> String {
        var lines = ["#\(visit.sequence) \(visit.job) · \(visit.customer)", visit.address,
                     "\(visit.type), \(visit.priority.rawValue) priority",
                     "window \(ReportFormat.window(visit.windowStart, visit.windowEnd))" + (visit.promised ? " (promised)" : "")]
        var arrival = "arrival \(visit.arrival.clock), work \(visit.start.clock)–\(visit.end.clock)"
        if let slack = visit.slackMinutes { arrival += ", slack \(ReportFormat.duration(minutes: slack))" }
        lines.append(arrival)
        if let probability = visit.onTimeProbability {
            lines.append("on time: \(ReportFormat.percent(probability))" + (visit.isAtRisk ? " — at risk of being late" : ""))
        }
        lines.append("\(route.technicianName) (\(route.technician))")
        return lines.joined(separator: "\n")
    }

    /// Within about 50 m: the same place for the map's purposes.
    static func isNear(_ a: GeoPoint, _ b: GeoPoint) -> Bool {
        abs(a.latitude - b.latitude) < 0.0005 && abs(a.longitude - b.longitude) < 0.0007
    }

    // MARK: Legend

    private var legendKeysPerRow: Int { max(Int(projection.width / Self.legendKeyWidth), 1) }
    private var legendColumns: Int { max(Int(projection.width / Self.legendColumnWidth), 1) }
    private static let keyCount = 6

    var legendHeight: Double {
        let keyRows = (Self.keyCount + legendKeysPerRow - 1) / legendKeysPerRow
        let routeRows = (usedRoutes.count + legendColumns - 1) / legendColumns
        return 12 + Double(keyRows + routeRows) * Self.legendRowHeight + 6
    }

    private func legend() -> String {
        var out = "<g class=\"legend\" font-size=\"12\" fill=\"#334155\">"
        let top = projection.height + 12
        let keys: [(mark: String, label: String)] = [
            ("<circle cx=\"8\" cy=\"0\" r=\"7\" fill=\"#64748b\" stroke=\"#ffffff\"/>", "visit, in route order"),
            ("<rect x=\"1\" y=\"-7\" width=\"14\" height=\"14\" rx=\"3\" fill=\"#64748b\" stroke=\"#111827\" stroke-width=\"1.5\"/>", "promised window"),
            ("<circle cx=\"8\" cy=\"0\" r=\"7\" fill=\"none\" stroke=\"\(Self.riskColour)\" stroke-width=\"2.5\"/>", "late risk"),
            ("<circle cx=\"8\" cy=\"0\" r=\"6\" fill=\"#ffffff\" stroke=\"\(Self.unassignedColour)\" stroke-width=\"2.5\" stroke-dasharray=\"3 2\"/>", "unassigned"),
            ("<circle cx=\"8\" cy=\"0\" r=\"6\" fill=\"#ffffff\" stroke=\"\(Self.riskColour)\" stroke-width=\"2.5\" stroke-dasharray=\"3 2\"/>", "broken promise"),
            ("<path d=\"M8 -8L16 -1V7H0V-1Z\" fill=\"\(Self.depotColour)\"/>", "depot"),
        ]
        for (n, key) in keys.enumerated() {
            let x = 8 + Double(n % legendKeysPerRow) * Self.legendKeyWidth
            let y = top + 8 + Double(n / legendKeysPerRow) * Self.legendRowHeight
            out += "<g transform=\"translate(\(x.svg) \(y.svg))\">\(key.mark)<text x=\"22\" y=\"4\">\(key.label)</text></g>"
        }
        let keyRows = (keys.count + legendKeysPerRow - 1) / legendKeysPerRow
        for (n, (index, route)) in usedRoutes.enumerated() {
            let x = 8 + Double(n % legendColumns) * Self.legendColumnWidth
            let y = top + 8 + Double(keyRows + n / legendColumns) * Self.legendRowHeight
            let label = Self.truncated("\(route.technicianName) (\(route.technician)) · \(route.visits.count) visits", to: 36)
            out += "<g data-tech=\"\(index)\" transform=\"translate(\(x.svg) \(y.svg))\">"
                + "<title>\(HTMLEscaping.escape("\(route.technicianName) (\(route.technician)): \(route.visits.count) visits, \(ReportFormat.kilometres(route.distanceKm))"))</title>"
                + "<path d=\"M0 0H16\" stroke=\"\(TechnicianPalette.colour(at: index))\" stroke-width=\"4\" stroke-linecap=\"round\"/>"
                + "<text x=\"22\" y=\"4\">\(HTMLEscaping.escape(label))</text></g>"
        }
        return out + "</g>\n"
    }

    /// At most `limit` characters, with an ellipsis when cut.
    static func truncated(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
