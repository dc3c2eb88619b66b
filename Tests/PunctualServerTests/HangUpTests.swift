import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import Punctual
@testable import PunctualServer

/// A client that hangs up half-way through its body (a phone losing signal) is no server error: it
/// is counted apart, and nothing it sent is stored.
@Suite struct HangUpTests {
    typealias A = APIFixtures

    /// Opens a TCP connection to `port` on the loopback, writes `bytes`, and closes it.
    static func sendAndHangUp(port: Int, _ bytes: String) throws {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(socket >= 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        try #require(connected == 0)
        let written = bytes.utf8CString.withUnsafeBufferPointer { write(socket, $0.baseAddress, $0.count - 1) }
        try #require(written == bytes.utf8.count)
    }

    @Test func aBodyCutShortIsCountedAsAHangUpNotAServerError() async throws {
        let fixture = try A()
        try await fixture.app.test(.live) { client in
            let port = try #require(client.port)
            let body = #"{"at":"2026-11-24T09:20:00-07:00","lat":46.87,"lon":-114.02}"#
            let request = "POST /v1/me/positions HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer \(fixture.technicianToken)\r\n"
                + "Content-Type: application/json\r\nContent-Length: \(body.utf8.count + 500)\r\n\r\n" + body
            for _ in 0..<3 { try Self.sendAndHangUp(port: port, request) }
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
