import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualServer

@Suite struct MetricsRoutesTests {
    typealias A = APIFixtures

    @Test func metricsCountRequestsByRouteAndStatusInPrometheusText() async throws {
        let fixture = try A()
        try await fixture.app.test(.router) { client in
            try await client.execute(uri: "/v1/me/route", method: .get, headers: A.headers(fixture.technicianToken)) { _ in }
            try await client.execute(uri: "/v1/me/route", method: .get) { _ in }
            try await client.execute(uri: "/metrics", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/plain") == true)
                let text = String(buffer: response.body)
                #expect(text.contains(#"punctual_http_requests_total{method="GET",route="/v1/me/route",status="200"} 1"#))
                #expect(text.contains(#"punctual_http_requests_total{method="GET",route="/v1/me/route",status="401"} 1"#))
                #expect(text.contains(#"punctual_http_request_duration_seconds_count{method="GET",route="/v1/me/route",status="200"} 1"#))
                #expect(text.contains("punctual_tracker_updates_total"))
                #expect(text.contains("punctual_visits_at_risk 0"))
            }
        }
    }
}
