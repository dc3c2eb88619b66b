import Foundation
import HTTPTypes
import Hummingbird
import ServiceLifecycle

/// Server-sent events for the live pages: the server reads the page's state every second and
/// sends it when it has changed, so a change made anywhere (a technician's report, the CLI in
/// another process, the outbox) reaches the page within about a second, and the browser keeps no
/// polling loop. A stream ends after `maxDuration` or when the server shuts down; the browser's
/// EventSource reconnects by itself.
enum LiveUpdates {
    static let interval: Duration = .seconds(1)
    static let keepAlive: Duration = .seconds(15)
    static let maxDuration: Duration = .seconds(600)

    /// A `text/event-stream` response sending `snapshot()`'s payload (JSON) as `event: name`
    /// whenever its key changes (the payload less what moves every second, such as a clock).
    static func response(event name: String, snapshot: @escaping @Sendable () async throws -> (key: Data, payload: Data)) -> Response {
        let headers: HTTPFields = [
            .contentType: "text/event-stream", .cacheControl: "no-store",
            HTTPField.Name("X-Accel-Buffering")!: "no",
        ]
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            let clock = ContinuousClock()
            let started = clock.now
            var lastSent: Data?
            var lastWrite = started
            try await writer.write(ByteBuffer(string: "retry: 2000\n\n"))
            while !Task.isCancelled, !Task.isShuttingDownGracefully, clock.now - started < maxDuration {
                let current = try await snapshot()
                if current.key != lastSent {
                    lastSent = current.key
                    try await writer.write(ByteBuffer(string: "event: \(name)\ndata: \(String(decoding: current.payload, as: UTF8.self))\n\n"))
                    lastWrite = clock.now
                } else if clock.now - lastWrite >= keepAlive {
                    try await writer.write(ByteBuffer(string: ": still here\n\n"))
                    lastWrite = clock.now
                }
                try await Task.sleep(for: interval)
            }
            try await writer.finish(nil)
        })
    }
}
