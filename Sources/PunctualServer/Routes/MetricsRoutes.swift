import Hummingbird
import Punctual
import PunctualCore

/// `GET /metrics`: Prometheus text exposition.
enum MetricsRoutes {
    static func add(to router: Router<APIRequestContext>, services: APIServices) {
        router.get("metrics") { _, _ -> Response in
            let text = services.metrics.render(tracker: services.tracker.counters.current, atRiskVisits: try services.store.atRiskJobs().count)
            var headers = HTTPFields()
            headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
        }
    }
}
