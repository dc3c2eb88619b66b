import Foundation
import Punctual
import PunctualCore

/// The plan's day as a standalone SVG timeline: one row per technician on an hours axis, showing
/// the shift, driving, waiting, work (labelled with the job when it fits), breaks, each visit's
/// window as a band behind it (promised windows stronger), visits at risk of lateness outlined in
/// red, and overtime past the shift's end in orange. Every mark has a `<title>` tooltip.
///
/// Like `SVGMap`, it carries its own fonts and colours, and each technician's row carries
/// `data-tech="<route index>"`, so any page can embed it and highlight a technician on hover.
public struct SVGTimeline: Sendable {
    public let report: PlanReport
    public let width: Double
    /// The axis, in minutes after the plan date's local midnight: whole hours from the earliest
    /// shift start (or departure) to the latest shift end (or return).
    public let firstMinute: Int
    public let lastMinute: Int

    static let labelWidth = 200.0
    static let rightPadding = 16.0
    static let axisHeight = 28.0
    static let rowHeight = 48.0
    static let legendKeyWidth = 132.0
    static let legendRowHeight = 22.0
    static let riskColour = "#dc2626"
    static let overtimeColour = "#ea580c"
    static let hatchID = "punctual-timeline-hatch"

    public init(_ report: PlanReport, width: Double = 960) {
        self.report = report
        self.width = width
        let starts = report.routes.flatMap { [$0.shiftStart.minuteOfDay, $0.start.minuteOfDay] }
        let ends = report.routes.flatMap { [$0.shiftEnd.minuteOfDay, $0.end.minuteOfDay] }
        let first = (starts.min() ?? 8 * 60) / 60 * 60
        let last = ((ends.max() ?? 17 * 60) + 59) / 60 * 60
        firstMinute = first
        lastMinute = max(last, first + 60)
    }

    /// The horizontal position of a local minute of the day, clamped to the axis.
    public func x(_ minute: Int) -> Double {
        let clamped = min(max(minute, firstMinute), lastMinute)
        let span = width - Self.labelWidth - Self.rightPadding
        return Self.labelWidth + span * Double(clamped - firstMinute) / Double(lastMinute - firstMinute)
    }

    /// The top of the row of `report.routes[index]`.
    public func rowTop(_ index: Int) -> Double { Self.axisHeight + Double(index) * Self.rowHeight }

    private var legendKeysPerRow: Int { max(Int((width - 16) / Self.legendKeyWidth), 1) }

    /// The drawing's full height: axis, one row per technician, legend.
    public var height: Double {
        let legendRows = (Self.legendKeys.count + legendKeysPerRow - 1) / legendKeysPerRow
        return rowTop(report.routes.count) + 12 + Double(legendRows) * Self.legendRowHeight
    }

    /// The `<svg>` element.
    public var svg: String {
        var out = """
            <svg xmlns="http://www.w3.org/2000/svg" class="punctual-timeline" viewBox="0 0 \(width.svg) \(height.svg)" \
            width="\(width.svg)" height="\(height.svg)" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif" \
            role="img" aria-label="Timeline of each technician's day on \(report.date.description)">
            <defs><pattern id="\(Self.hatchID)" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">\
            <rect width="6" height="6" fill="#e2e8f0"/><path d="M0 0V6" stroke="#64748b" stroke-width="2"/></pattern></defs>

            """
        for index in report.routes.indices {
            let top = rowTop(index)
            out += "<rect x=\"0\" y=\"\(top.svg)\" width=\"\(width.svg)\" height=\"\(Self.rowHeight.svg)\" fill=\"\(index % 2 == 0 ? "#f8fafc" : "#ffffff")\"/>\n"
        }
        out += axis()
        for (index, route) in report.routes.enumerated() {
            out += row(route, index: index)
        }
        out += legend()
        out += "</svg>\n"
        return out
    }

    // MARK: Axis

    private func axis() -> String {
        let bottom = rowTop(report.routes.count)
        let hours = (lastMinute - firstMinute) / 60
        let labelEvery = hours > 16 ? 2 : 1
        var lines = ""
        var halfLines = ""
        var labels = ""
        for minute in stride(from: firstMinute, through: lastMinute, by: 30) {
            let x = x(minute).svg
            if minute % 60 == 0 {
                lines += "M\(x) \((Self.axisHeight - 4).svg)V\(bottom.svg)"
                if (minute / 60) % labelEvery == 0 {
                    let clock = String(format: "%02d:00", (minute / 60) % 24)
                    labels += "<text x=\"\(x)\" y=\"\((Self.axisHeight - 9).svg)\" text-anchor=\"middle\">\(clock)</text>"
                }
            } else {
                halfLines += "M\(x) \(Self.axisHeight.svg)V\(bottom.svg)"
            }
        }
        return "<path d=\"\(halfLines)\" stroke=\"#eef2f7\" stroke-width=\"1\"/>"
            + "<path d=\"\(lines)\" stroke=\"#cbd5e1\" stroke-width=\"1\"/>"
            + "<g font-size=\"11\" fill=\"#475569\">\(labels)</g>\n"
    }

    // MARK: Rows

    /// Vertical placement inside one technician's row: the lane holds work and breaks, driving and
    /// waiting run along its middle, windows stand a little taller behind it.
    private struct Lane {
        let top: Double
        var laneTop: Double { top + 15 }
        let laneHeight = 18.0
        var middle: Double { laneTop + laneHeight / 2 }
    }

    private func row(_ route: RouteReport, index: Int) -> String {
        let colour = TechnicianPalette.colour(at: index)
        let lane = Lane(top: rowTop(index))
        return "<g class=\"row\" data-tech=\"\(index)\">"
            + label(route, colour: colour, lane: lane)
            + shift(route, lane: lane)
            + windows(route, colour: colour, lane: lane)
            + movement(route, colour: colour, lane: lane)
            + breaks(route, lane: lane)
            + work(route, colour: colour, lane: lane)
            + "</g>\n"
    }

    /// The technician's name and the day in a line.
    private func label(_ route: RouteReport, colour: String, lane: Lane) -> String {
        var out = ""
        let summary = route.visits.isEmpty
            ? "\(route.technician) · no visits"
            : "\(route.technician) · \(route.visits.count) visits · \(ReportFormat.duration(minutes: route.travelMinutes)) driving"
        out += "<g><title>\(HTMLEscaping.escape("\(route.technicianName) (\(route.technician)): shift \(route.shiftStart.clock)–\(route.shiftEnd.clock), out \(route.start.clock)–\(route.end.clock)"))</title>"
            + "<circle cx=\"14\" cy=\"\((lane.top + 18).svg)\" r=\"5\" fill=\"\(colour)\"/>"
            + "<text x=\"26\" y=\"\((lane.top + 22).svg)\" font-size=\"12.5\" font-weight=\"600\" fill=\"#0f172a\">\(HTMLEscaping.escape(SVGMap.truncated(route.technicianName, to: 24)))</text>"
            + "<text x=\"26\" y=\"\((lane.top + 37).svg)\" font-size=\"10.5\" fill=\"#64748b\">\(HTMLEscaping.escape(summary))</text></g>"
        return out
    }

    /// The shift as a frame, and any overtime past its end.
    private func shift(_ route: RouteReport, lane: Lane) -> String {
        var out = ""
        out += bar(from: route.shiftStart.minuteOfDay, to: route.shiftEnd.minuteOfDay, top: lane.top + 6, height: Self.rowHeight - 12,
                   attributes: "fill=\"#ffffff\" fill-opacity=\"0.75\" stroke=\"#cbd5e1\" rx=\"4\"",
                   title: "shift \(route.shiftStart.clock)–\(route.shiftEnd.clock)")
        if route.end.minuteOfDay > route.shiftEnd.minuteOfDay || route.overtimeMinutes > 0 {
            let overtimeStart = min(route.shiftEnd.minuteOfDay, route.end.minuteOfDay)
            let overtimeEnd = max(route.end.minuteOfDay, overtimeStart + route.overtimeMinutes)
            out += bar(from: overtimeStart, to: overtimeEnd, top: lane.top + 6, height: Self.rowHeight - 12,
                       attributes: "fill=\"\(Self.overtimeColour)\" fill-opacity=\"0.22\" stroke=\"\(Self.overtimeColour)\" stroke-width=\"1.5\"",
                       title: "overtime \(ReportFormat.duration(minutes: max(route.overtimeMinutes, overtimeEnd - overtimeStart))): "
                           + "shift ends \(route.shiftEnd.clock), back \(route.end.clock)")
        }
        return out
    }

    /// Each visit's window, behind everything else; promised ones stronger.
    private func windows(_ route: RouteReport, colour: String, lane: Lane) -> String {
        var out = ""
        for visit in route.visits {
            guard let start = visit.windowStart, let end = visit.windowEnd else { continue }
            let attributes = visit.promised
                ? "fill=\"\(colour)\" fill-opacity=\"0.28\" stroke=\"\(colour)\" stroke-width=\"1\""
                : "fill=\"\(colour)\" fill-opacity=\"0.10\""
            out += bar(from: start.minuteOfDay, to: end.minuteOfDay, top: lane.laneTop - 5, height: lane.laneHeight + 10, attributes: attributes,
                       title: "\(visit.promised ? "promised window" : "customer available") \(ReportFormat.window(start, end)) for \(visit.job)")
        }
        return out
    }

    /// Driving and waiting: the drive ends at the arrival; time between the previous stop (or the
    /// day's start) and leaving, less breaks, is idle and dotted, as is waiting on site for the window.
    private func movement(_ route: RouteReport, colour: String, lane: Lane) -> String {
        var out = ""
        var previousEnd = route.start.minuteOfDay
        for visit in route.visits {
            let arrival = visit.arrival.minuteOfDay
            let departure = arrival - visit.travelMinutes
            let breaks = route.breaks.reduce(0) { total, pause in
                total + max(0, min(pause.end.minuteOfDay, departure) - max(pause.start.minuteOfDay, previousEnd))
            }
            let idle = departure - previousEnd - breaks
            if idle > 0 {
                out += "<path d=\"M\(x(previousEnd).svg) \(lane.middle.svg)H\(x(departure).svg)\" stroke=\"#64748b\" stroke-width=\"1.5\" stroke-dasharray=\"2 2\">"
                    + "<title>\(HTMLEscaping.escape("\(ReportFormat.duration(minutes: idle)) not driving or working before \(visit.job)"))</title></path>"
            }
            previousEnd = visit.end.minuteOfDay
            if visit.travelMinutes > 0 {
                out += bar(from: arrival - visit.travelMinutes, to: arrival, top: lane.middle - 2.5, height: 5,
                           attributes: "fill=\"\(colour)\" fill-opacity=\"0.55\"",
                           title: "drive to \(visit.job): \(ReportFormat.duration(minutes: visit.travelMinutes))")
            }
            if visit.start.minuteOfDay > arrival {
                out += "<path d=\"M\(x(arrival).svg) \(lane.middle.svg)H\(x(visit.start.minuteOfDay).svg)\" stroke=\"#334155\" stroke-width=\"2\" stroke-dasharray=\"1 2\">"
                    + "<title>\(HTMLEscaping.escape("wait \(ReportFormat.duration(minutes: visit.start.minuteOfDay - arrival)) at \(visit.job) for its window"))</title></path>"
            }
        }
        let returnMinutes = route.travelMinutes - route.visits.reduce(0) { $0 + $1.travelMinutes }
        if !route.visits.isEmpty, returnMinutes > 0 {
            out += bar(from: route.end.minuteOfDay - returnMinutes, to: route.end.minuteOfDay, top: lane.middle - 2.5, height: 5,
                       attributes: "fill=\"\(colour)\" fill-opacity=\"0.55\"",
                       title: "drive back: \(ReportFormat.duration(minutes: returnMinutes)), in at \(route.end.clock)")
        }
        return out
    }

    /// Breaks, hatched.
    private func breaks(_ route: RouteReport, lane: Lane) -> String {
        var out = ""
        for pause in route.breaks {
            let wide = x(pause.end.minuteOfDay) - x(pause.start.minuteOfDay)
            out += bar(from: pause.start.minuteOfDay, to: pause.end.minuteOfDay, top: lane.laneTop, height: lane.laneHeight,
                       attributes: "fill=\"url(#\(Self.hatchID))\" stroke=\"#64748b\" rx=\"2\"",
                       title: "break \(pause.start.clock)–\(pause.end.clock)")
            if wide >= 34 {
                out += "<text x=\"\(((x(pause.start.minuteOfDay) + x(pause.end.minuteOfDay)) / 2).svg)\" y=\"\((lane.laneTop + lane.laneHeight + 9).svg)\" font-size=\"8.5\" fill=\"#475569\" text-anchor=\"lane.middle\">break</text>"
            }
        }
        return out
    }

    /// Work blocks, labelled with the job where it fits; visits at risk outlined and flagged in red.
    private func work(_ route: RouteReport, colour: String, lane: Lane) -> String {
        var out = ""
        for visit in route.visits {
            let left = x(visit.start.minuteOfDay)
            let right = max(x(visit.end.minuteOfDay), left + 1.5)
            let risk = visit.isAtRisk ? " stroke=\"\(Self.riskColour)\" stroke-width=\"2.5\"" : " stroke=\"#ffffff\" stroke-width=\"0.75\""
            out += "<g><title>\(HTMLEscaping.escape(SVGMap.tooltip(visit, on: route)))</title>"
                + "<rect x=\"\(left.svg)\" y=\"\(lane.laneTop.svg)\" width=\"\((right - left).svg)\" height=\"\(lane.laneHeight.svg)\" rx=\"3\" fill=\"\(colour)\"\(risk)/>"
            if Double(visit.job.count) * 6 + 6 <= right - left {
                out += "<text x=\"\(((left + right) / 2).svg)\" y=\"\((lane.laneTop + 12.5).svg)\" font-size=\"10\" font-weight=\"600\" fill=\"#ffffff\" text-anchor=\"lane.middle\">\(HTMLEscaping.escape(visit.job))</text>"
            }
            if visit.isAtRisk {
                out += "<path d=\"M\(left.svg) \((lane.laneTop - 2).svg)l-4.5 -7h9z\" fill=\"\(Self.riskColour)\"/>"
            }
            out += "</g>"
        }
        return out
    }

    /// A rectangle from one minute to another (at least a pixel wide, so nothing vanishes).
    private func bar(from start: Int, to end: Int, top: Double, height: Double, attributes: String, title: String) -> String {
        let left = x(start)
        let width = max(x(end) - left, 1)
        return "<rect x=\"\(left.svg)\" y=\"\(top.svg)\" width=\"\(width.svg)\" height=\"\(height.svg)\" \(attributes)>"
            + "<title>\(HTMLEscaping.escape(title))</title></rect>"
    }

    // MARK: Legend

    static let legendKeys: [(mark: String, label: String)] = [
        ("<rect x=\"0\" y=\"-6\" width=\"18\" height=\"12\" rx=\"2\" fill=\"#64748b\"/>", "work"),
        ("<rect x=\"0\" y=\"-2.5\" width=\"18\" height=\"5\" fill=\"#64748b\" fill-opacity=\"0.55\"/>", "driving"),
        ("<path d=\"M0 0H18\" stroke=\"#64748b\" stroke-width=\"1.5\" stroke-dasharray=\"2 2\"/>", "waiting"),
        ("<rect x=\"0\" y=\"-6\" width=\"18\" height=\"12\" fill=\"url(#\(hatchID))\" stroke=\"#64748b\"/>", "break"),
        ("<rect x=\"0\" y=\"-8\" width=\"18\" height=\"16\" fill=\"#64748b\" fill-opacity=\"0.12\"/>", "availability"),
        ("<rect x=\"0\" y=\"-8\" width=\"18\" height=\"16\" fill=\"#64748b\" fill-opacity=\"0.3\" stroke=\"#64748b\"/>", "promised window"),
        ("<rect x=\"1\" y=\"-6\" width=\"16\" height=\"12\" rx=\"2\" fill=\"#64748b\" stroke=\"\(riskColour)\" stroke-width=\"2.5\"/>", "late risk"),
        ("<rect x=\"0\" y=\"-8\" width=\"18\" height=\"16\" fill=\"\(overtimeColour)\" fill-opacity=\"0.22\" stroke=\"\(overtimeColour)\"/>", "overtime"),
    ]

    private func legend() -> String {
        var out = "<g class=\"legend\" font-size=\"11.5\" fill=\"#334155\">"
        let top = rowTop(report.routes.count) + 12
        for (n, key) in Self.legendKeys.enumerated() {
            let x = 8 + Double(n % legendKeysPerRow) * Self.legendKeyWidth
            let y = top + 8 + Double(n / legendKeysPerRow) * Self.legendRowHeight
            out += "<g transform=\"translate(\(x.svg) \(y.svg))\">\(key.mark)<text x=\"24\" y=\"4\">\(key.label)</text></g>"
        }
        return out + "</g>\n"
    }
}
