import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Punctual
@testable import PunctualServer

/// A client that hangs up half-way through its body (a phone losing signal) is no server error: it
/// is counted apart, and nothing it sent is stored.
@Suite struct HangUpTests {
    typealias A = APIFixtures

    @Test func aBodyCutShortIsCountedAsAHangUpNotAServerError() async throws {
        let fixture = try A()
        try await fixture.app.test(.live) { client in
            let port = try #require(client.port)
            let body = #"{"at":"2026-11-24T09:20:00-07:00","lat":46.87,"lon":-114.02}"#
            let request = "POST /v1/me/positions HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer \(fixture.technicianToken)\r\n"
                + "Content-Type: application/json\r\nContent-Length: \(body.utf8.count + 500)\r\n\r\n" + body
            for _ in 0..<3 { try LoopbackSocket(port: port).send(request) }
            // The server notices each hang-up on its own time; ask until it has, then read the metrics.
            var metrics = ""
            for _ in 0..<600 {
                try await client.execute(uri: "/metrics", method: .get) { response in metrics = String(buffer: response.body) }
                if metrics.contains("punctual_http_client_hang_ups_total 3") { break }
                try await Task.sleep(for: .milliseconds(50))
            }
            #expect(!metrics.contains("status=\"500\""), "a hang-up is not a server error")
            #expect(metrics.contains("punctual_http_client_hang_ups_total 3"))
        }
        #expect(try fixture.store.fixCount() == 0)
    }
}
