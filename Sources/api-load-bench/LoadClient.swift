import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// Closed-loop HTTP/1.1 load over keep-alive connections: each connection posts one request, waits
/// for the answer, records the latency and posts the next, until the deadline.
struct LoadClient {
    struct Result {
        /// Latency of each request answered 200, seconds.
        var latencies: [Double] = []
        var fixesAccepted = 0
        var failures: [Int: Int] = [:]
        var errors = 0
    }

    var host: String
    var port: Int
    var connections: Int
    var fixesPerRequest: Int

    /// Runs until `deadline`; connection `i` posts as `tokens[i % tokens.count]`.
    func run(tokens: [String], until deadline: ContinuousClock.Instant, group: MultiThreadedEventLoopGroup) async throws -> Result {
        try await withThrowingTaskGroup(of: Result.self) { tasks in
            for connection in 0..<connections {
                tasks.addTask {
                    try await runConnection(connection, token: tokens[connection % tokens.count], deadline: deadline, group: group)
                }
            }
            var total = Result()
            for try await part in tasks {
                total.latencies += part.latencies
                total.fixesAccepted += part.fixesAccepted
                total.errors += part.errors
                total.failures.merge(part.failures, uniquingKeysWith: +)
            }
            return total
        }
    }

    private func runConnection(_ index: Int, token: String, deadline: ContinuousClock.Instant, group: MultiThreadedEventLoopGroup) async throws -> Result {
        let channel = try await ClientBootstrap(group: group)
            .channelOption(.socketOption(.so_reuseaddr), value: 1)
            .channelOption(.tcpOption(.tcp_nodelay), value: 1)
            .connect(host: host, port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHTTPClientHandlers()
                    return try NIOAsyncChannel<HTTPClientResponsePart, HTTPClientRequestPart>(wrappingChannelSynchronously: channel)
                }
            }
        var result = Result()
        // Each request's fixes get distinct instants, so every accepted fix is a new row.
        let origin = Date().addingTimeInterval(-3600)
        var sequence = 0
        let formatter = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        try await channel.executeThenClose { inbound, outbound in
            var responses = inbound.makeAsyncIterator()
            while ContinuousClock.now < deadline {
                var fixes: [String] = []
                for _ in 0..<fixesPerRequest {
                    sequence += 1
                    let at = origin.addingTimeInterval(Double(sequence) * 0.001 + Double(index) * 1e-6)
                    fixes.append(#"{"at":"\#(at.formatted(formatter))","lat":46.87,"lon":-114.02,"accuracy_m":6}"#)
                }
                let body = fixesPerRequest == 1 ? fixes[0] : "[" + fixes.joined(separator: ",") + "]"
                var head = HTTPRequestHead(version: .http1_1, method: .POST, uri: "/v1/me/positions")
                head.headers.add(name: "Host", value: host)
                head.headers.add(name: "Authorization", value: "Bearer \(token)")
                head.headers.add(name: "Content-Type", value: "application/json")
                head.headers.add(name: "Content-Length", value: String(body.utf8.count))
                let began = ContinuousClock.now
                try await outbound.write(contentsOf: [.head(head), .body(.byteBuffer(ByteBuffer(string: body))), .end(nil)])
                var status = 0
                while let part = try await responses.next() {
                    if case .head(let response) = part { status = Int(response.status.code) }
                    if case .end = part { break }
                }
                let elapsed = ContinuousClock.now - began
                if status == 200 {
                    result.latencies.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
                    result.fixesAccepted += fixesPerRequest
                } else {
                    result.failures[status, default: 0] += 1
                }
            }
        }
        return result
    }
}
