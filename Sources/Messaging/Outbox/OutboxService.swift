import Logging
import NIOPosix
import Punctual
import PunctualCore
import ServiceLifecycle

/// The outbox as a service of the server's group: an `OutboxWorker` pass every `interval` until
/// the group shuts down, when the pass under way finishes and no other starts.
///
/// Transports block (libcurl), so each pass runs on NIO's shared blocking-I/O thread pool, never on
/// Swift concurrency's cooperative threads, which the HTTP server needs.
public struct OutboxService: Service {
    let worker: OutboxWorker
    let interval: Duration
    let clock: WallClock

    public init(worker: OutboxWorker, interval: Duration, clock: WallClock) {
        self.worker = worker
        self.interval = interval
        self.clock = clock
    }

    public func run() async throws {
        // The sleep between passes ends at graceful shutdown; a pass already running is awaited.
        try? await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await pass()
                try await Task.sleep(for: interval)
            }
        }
    }

    /// One pass; a failure is logged and the next pass tries again.
    func pass() async {
        let worker = worker, now = clock()
        do {
            _ = try await NIOThreadPool.singleton.runIfActive { try worker.runPass(now: now) }
        } catch {
            worker.logger.error("outbox pass failed: \(error)")
        }
    }
}
