import Foundation
import Punctual
import PunctualCore
import Synchronization

/// Request counts and latency histograms per route and status, rendered in the Prometheus text
/// format with the tracker's counters.
public final class APIMetrics: Sendable {
    /// Upper bounds of the latency buckets, seconds.
    static let buckets: [Double] = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5]

    private struct Key: Hashable { var method: String; var route: String; var status: Int }
    private struct Series { var count = 0; var sum = 0.0; var buckets = [Int](repeating: 0, count: APIMetrics.buckets.count) }

    private let series = Mutex<[Key: Series]>([:])

    public init() {}

    func record(method: String, route: String, status: Int, seconds: Double) {
        series.withLock { series in
            var entry = series[Key(method: method, route: route, status: status)] ?? Series()
            entry.count += 1
            entry.sum += seconds
            for (index, bound) in Self.buckets.enumerated() where seconds <= bound { entry.buckets[index] += 1 }
            series[Key(method: method, route: route, status: status)] = entry
        }
    }

    /// The exposition text for `/metrics`.
    public func render(tracker: TrackerCounters.Snapshot, atRiskVisits: Int) -> String {
        let snapshot = series.withLock { $0 }
        let keys = snapshot.keys.sorted { ($0.route, $0.method, $0.status) < ($1.route, $1.method, $1.status) }
        var out = "# HELP punctual_http_requests_total HTTP requests answered, by route and status.\n"
        out += "# TYPE punctual_http_requests_total counter\n"
        for key in keys {
            out += "punctual_http_requests_total{\(Self.labels(key))} \(snapshot[key]!.count)\n"
        }
        let hangUps = keys.filter { $0.status == 499 }.reduce(0) { $0 + snapshot[$1]!.count }
        out += "# HELP punctual_http_client_hang_ups_total Requests whose client closed the connection before they were whole (status 499; not server errors).\n"
        out += "# TYPE punctual_http_client_hang_ups_total counter\n"
        out += "punctual_http_client_hang_ups_total \(hangUps)\n"
        out += "# HELP punctual_http_request_duration_seconds Time to answer, by route and status.\n"
        out += "# TYPE punctual_http_request_duration_seconds histogram\n"
        for key in keys {
            let entry = snapshot[key]!
            for (index, bound) in Self.buckets.enumerated() {
                out += "punctual_http_request_duration_seconds_bucket{\(Self.labels(key)),le=\"\(bound)\"} \(entry.buckets[index])\n"
            }
            out += "punctual_http_request_duration_seconds_bucket{\(Self.labels(key)),le=\"+Inf\"} \(entry.count)\n"
            out += "punctual_http_request_duration_seconds_sum{\(Self.labels(key))} \(entry.sum)\n"
            out += "punctual_http_request_duration_seconds_count{\(Self.labels(key))} \(entry.count)\n"
        }
        out += """
            # HELP punctual_tracker_updates_total Forecast recomputations.
            # TYPE punctual_tracker_updates_total counter
            punctual_tracker_updates_total \(tracker.updates)
            # HELP punctual_tracker_update_failures_total Forecast recomputations that failed (logged).
            # TYPE punctual_tracker_update_failures_total counter
            punctual_tracker_update_failures_total \(tracker.updateFailures)
            # HELP punctual_tracker_update_seconds_total Time spent recomputing forecasts.
            # TYPE punctual_tracker_update_seconds_total counter
            punctual_tracker_update_seconds_total \(tracker.updateSecondsTotal)
            # HELP punctual_visit_at_risk_events_total visit_at_risk events raised by this process.
            # TYPE punctual_visit_at_risk_events_total counter
            punctual_visit_at_risk_events_total \(tracker.atRiskRaised)
            # HELP punctual_visits_at_risk Visits currently declared at risk.
            # TYPE punctual_visits_at_risk gauge
            punctual_visits_at_risk \(atRiskVisits)

            """
        return out
    }

    private static func labels(_ key: Key) -> String {
        "method=\"\(key.method)\",route=\"\(key.route)\",status=\"\(key.status)\""
    }
}
