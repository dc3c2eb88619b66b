import Foundation
import Logging
import Punctual

/// Runs an `OutboxWorker` pass every `interval` on a thread of its own (transports block), until
/// stopped; what `punctual serve` starts beside the HTTP server.
public final class OutboxWorkerThread: @unchecked Sendable {
    private let condition = NSCondition()
    private var stopping = false
    private var finished = false

    /// Starts the loop at once; each pass runs as of `clock`'s now.
    public init(worker: OutboxWorker, interval: Duration, clock: WallClock) {
        let seconds = interval.timeInterval
        let thread = Thread { [self] in
            while !self.isStopping {
                do { try worker.runPass(now: clock.now()) } catch { worker.logger.error("outbox pass failed: \(error)") }
                condition.lock()
                if !stopping { _ = condition.wait(until: Date().addingTimeInterval(seconds)) }
                condition.unlock()
            }
            condition.lock()
            finished = true
            condition.broadcast()
            condition.unlock()
        }
        thread.name = "punctual-outbox"
        thread.start()
    }

    private var isStopping: Bool {
        condition.lock()
        defer { condition.unlock() }
        return stopping
    }

    /// Asks the loop to stop after the pass under way, and waits for it.
    public func stop() {
        condition.lock()
        stopping = true
        condition.broadcast()
        while !finished { condition.wait() }
        condition.unlock()
    }
}
