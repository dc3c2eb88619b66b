import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualServer

/// Keeps every log line (message and metadata) in memory.
final class CapturedLog: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }

    var logger: Logger {
        Logger(label: "test") { _ in Handler(log: self) }
    }

    struct Handler: LogHandler {
        let log: CapturedLog
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let merged = metadata.merging(event.metadata ?? [:]) { $1 }
            log.append("\(event.level) \(event.message) \(merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))")
        }
    }
}

@Suite struct RefusalLogTests {
    typealias A = APIFixtures

    @Test func refusalsAreLoggedWithTheirReasonButNeverTheToken() async throws {
        let fixture = try A()
        let log = CapturedLog()
        let app = PunctualServer.application(services: fixture.services, logger: log.logger)
        let wrong = "pt_" + String(repeating: "b", count: 64)
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/me/route", method: .get, headers: A.headers(wrong)) { #expect($0.status == .unauthorized) }
            try await client.execute(uri: "/v1/board", method: .get, headers: A.headers(fixture.technicianToken)) { #expect($0.status == .forbidden) }
            try await client.execute(uri: "/v1/me/visits/J0002/events", method: .post, headers: A.headers(fixture.technicianToken),
                                     body: A.body(#"{"type":"arrived"}"#)) { #expect($0.status == .forbidden) }
        }
        let lines = log.all
        #expect(lines.contains { $0.contains("refused") && $0.contains("status=401") && $0.contains("/v1/me/route") })
        #expect(lines.contains { $0.contains("refused") && $0.contains("status=403") && $0.contains("/v1/board") })
        #expect(lines.contains { $0.contains("status=403") && $0.contains("/v1/me/visits/J0002/events") })
        for token in [wrong, fixture.technicianToken, fixture.dispatcherToken] {
            #expect(!lines.contains { $0.contains(token) }, "a log line contains a token")
        }
    }
}
