import Foundation
import Punctual
import PunctualCore
import PunctualReports

/// The simulation's report as one self-contained HTML page: the metrics side by side, the plots a
/// dispatcher weighs a policy by (on-time rate by window width against the 95 % target; how long
/// before the window's end late visits were announced), each day's figures and, for the demo, every
/// message customers received.
public enum SimulationHTML {
    public static func render(_ results: [PolicyResult], seed: UInt64, messages: [Message] = [],
                              calendar: BusinessCalendar? = nil) -> String {
        let e = HTMLEscaping.escape
        var html = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Punctual simulation</title>
            <style>
            body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#1d2733}
            table{border-collapse:collapse;margin:8px 0 20px}td,th{border-bottom:1px solid #dde3ea;padding:4px 10px;text-align:right}
            td:first-child,th:first-child{text-align:left}th{background:#f3f6f9}
            .plots{display:flex;flex-wrap:wrap;gap:24px}.plot{border:1px solid #dde3ea;padding:8px}
            .msg td{text-align:left;vertical-align:top}.kind{font-weight:600}
            </style></head><body>
            <h1>The promise, measured</h1>
            <p>\(results.first?.days.count ?? 0) simulated day(s) per policy, seed \(seed); each policy played the same
            requests, choices and noise in a database of its own.</p>
            """
        html += "<h2>Policies side by side</h2>" + metricsTable(results)
        html += "<div class=\"plots\">"
        html += "<div class=\"plot\"><h3>On-time rate by window width (dashed: the 95 % target)</h3>" + onTimeChart(results) + "</div>"
        html += "<div class=\"plot\"><h3>Warning lead before the window's end, late visits (dashed: 30 min)</h3>" + leadChart(results) + "</div>"
        html += "</div><h2>Day by day</h2>" + dayTable(results)
        html += "<h2>How well the forecast was calibrated</h2><p>Every quarter hour, the product's P(late) of each visit "
            + "not yet reached, judged against the technician who then came: a calibrated forecast has the two columns close.</p>"
            + reliabilityTable(results)
        if !messages.isEmpty, let calendar {
            html += "<h2>Messages customers received (\(messages.count))</h2><table class=\"msg\">"
            html += "<tr><th>queued</th><th>job</th><th>kind</th><th>channel</th><th>state</th><th>text</th></tr>"
            for message in messages.sorted(by: { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) }) {
                let local = calendar.local(message.createdAt)
                html += "<tr><td>\(local.date) \(local.time)</td><td>\(e(message.jobID ?? "-"))</td>"
                    + "<td class=\"kind\">\(e(message.kind.rawValue))</td><td>\(e(message.channel.rawValue))</td>"
                    + "<td>\(e(message.state.rawValue))</td><td>\(e(message.body))</td></tr>"
            }
            html += "</table>"
        }
        return html + "</body></html>\n"
    }

    static func metricsTable(_ results: [PolicyResult]) -> String {
        var html = "<table><tr><th>metric</th>" + results.map { "<th>\($0.widthMinutes)-min windows</th>" }.joined() + "</tr>"
        for row in MetricRows.all {
            html += "<tr><td>\(HTMLEscaping.escape(row.label))</td>" + results.map { "<td>\(row.value($0))</td>" }.joined() + "</tr>"
        }
        return html + "</table>"
    }

    static func reliabilityTable(_ results: [PolicyResult]) -> String {
        var html = "<table><tr><th>P(late)</th>" + results.map { "<th>\($0.widthMinutes) min: forecasts</th><th>predicted</th><th>came true</th>" }
            .joined() + "</tr>"
        for (index, band) in ForecastReliability().bands.enumerated() {
            html += "<tr><td>\(MetricRows.reliability(band).band)</td>"
            for result in results {
                html += MetricRows.reliability(result.reliability.bands[index]).cells.map { "<td>\($0)</td>" }.joined()
            }
            html += "</tr>"
        }
        return html + "</table>"
    }

    static func dayTable(_ results: [PolicyResult]) -> String {
        var html = "<table><tr><th>day</th>" + results.map { "<th>\($0.widthMinutes) min: on time</th><th>late (warned)</th><th>requests turned away</th>" }
            .joined() + "</tr>"
        for (index, day) in (results.first?.days ?? []).enumerated() {
            html += "<tr><td>\(day.date)</td>"
            for result in results {
                let d = result.days[index]
                html += "<td>\(MetricRows.percent(d.metrics.onTimeRate)) of \(d.metrics.visits)</td><td>\(d.metrics.lateVisits) (\(d.lateWarned))</td>"
                    + "<td>\(d.declined) of \(d.requests)</td>"
            }
            html += "</tr>"
        }
        return html + "</table>"
    }

    /// Bars of on-time rate per policy from 50 % to 100 %, with the 95 % target dashed.
    static func onTimeChart(_ results: [PolicyResult]) -> String {
        let (width, height, left, bottom) = (360.0, 220.0, 44.0, 28.0)
        let plotHeight = height - bottom - 10
        func y(_ rate: Double) -> Double { 10 + plotHeight * (1 - (max(0.5, rate) - 0.5) / 0.5) }
        let slot = (width - left - 10) / Double(max(1, results.count))
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" font-size=\"11\">"
        for tick in stride(from: 0.5, through: 1.0, by: 0.1) {
            svg += "<line x1=\"\(left)\" x2=\"\(width - 10)\" y1=\"\(y(tick))\" y2=\"\(y(tick))\" stroke=\"#e4e9ee\"/>"
            svg += "<text x=\"\(left - 6)\" y=\"\(y(tick) + 4)\" text-anchor=\"end\">\(Int(tick * 100)) %</text>"
        }
        for (i, result) in results.enumerated() {
            let x = left + Double(i) * slot + slot * 0.2
            let top = y(result.overall.onTimeRate)
            svg += "<rect x=\"\(x)\" y=\"\(top)\" width=\"\(slot * 0.6)\" height=\"\(max(0, y(0.5) - top))\" fill=\"#2f7ebc\"/>"
            svg += "<text x=\"\(x + slot * 0.3)\" y=\"\(top - 4)\" text-anchor=\"middle\">\(MetricRows.percent(result.overall.onTimeRate))</text>"
            svg += "<text x=\"\(x + slot * 0.3)\" y=\"\(height - 10)\" text-anchor=\"middle\">\(result.widthMinutes) min</text>"
        }
        svg += "<line x1=\"\(left)\" x2=\"\(width - 10)\" y1=\"\(y(0.95))\" y2=\"\(y(0.95))\" stroke=\"#c0392b\" stroke-dasharray=\"5 4\"/>"
        return svg + "</svg>"
    }

    /// A histogram per policy of how many minutes before the window's end each late visit was
    /// announced (negative: after it had already closed); the 30-minute mark dashed.
    static func leadChart(_ results: [PolicyResult]) -> String {
        let bins = Array(stride(from: -60, to: 180, by: 15))
        let (width, height, left, bottom) = (480.0, 220.0, 34.0, 30.0)
        var counts: [[Int]] = []
        for result in results {
            var row = Array(repeating: 0, count: bins.count)
            for visit in result.days.flatMap(\.visits) where visit.isLate {
                guard let warned = visit.warnedAt, let window = visit.window else { continue }
                let lead = window.end.timeIntervalSince(warned) / 60
                let index = min(bins.count - 1, max(0, Int(((lead + 60) / 15).rounded(.down))))
                row[index] += 1
            }
            counts.append(row)
        }
        let top = max(1, counts.flatMap { $0 }.max() ?? 1)
        let plotHeight = height - bottom - 10
        let binWidth = (width - left - 10) / Double(bins.count)
        let colours = ["#2f7ebc", "#e08a1e", "#3a9d5d", "#8e44ad"]
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" font-size=\"11\">"
        for (b, start) in bins.enumerated() where start % 60 == 0 {
            svg += "<text x=\"\(left + Double(b) * binWidth)\" y=\"\(height - 14)\" text-anchor=\"middle\">\(start)</text>"
        }
        svg += "<text x=\"\(width - 10)\" y=\"\(height - 2)\" text-anchor=\"end\">minutes before the window's end</text>"
        svg += "<text x=\"\(left - 6)\" y=\"14\" text-anchor=\"end\">\(top)</text>"
        let mark = left + Double(bins.firstIndex(of: 30) ?? 0) * binWidth
        svg += "<line x1=\"\(mark)\" x2=\"\(mark)\" y1=\"10\" y2=\"\(height - bottom)\" stroke=\"#c0392b\" stroke-dasharray=\"5 4\"/>"
        let barWidth = binWidth / Double(max(1, results.count))
        for (p, row) in counts.enumerated() {
            for (b, count) in row.enumerated() where count > 0 {
                let h = plotHeight * Double(count) / Double(top)
                svg += "<rect x=\"\(left + Double(b) * binWidth + Double(p) * barWidth)\" y=\"\(height - bottom - h)\" "
                    + "width=\"\(barWidth * 0.9)\" height=\"\(h)\" fill=\"\(colours[p % colours.count])\"><title>\(count)</title></rect>"
            }
            svg += "<text x=\"\(width - 10)\" y=\"\(16 + 14 * Double(p))\" text-anchor=\"end\" fill=\"\(colours[p % colours.count])\">"
                + "\(results[p].widthMinutes)-min windows</text>"
        }
        return svg + "</svg>"
    }
}
