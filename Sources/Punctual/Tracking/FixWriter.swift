import Foundation
import PunctualCore

/// Group commit for GPS fixes: callers hand over their fixes and wait; one writer thread commits
/// everything that queued up since its last commit in a single transaction, then resumes each
/// caller. SQLite manages a few hundred commits a second but many thousand rows per commit, and a
/// caller is resumed only once its fixes are durable, so "accepted" means "stored".
public final class FixWriter: @unchecked Sendable {
    private struct Pending {
        var technicianID: String
        var fixes: [PositionFix]
        var continuation: CheckedContinuation<Void, any Error>
    }

    private let store: Store
    private let condition = NSCondition()
    private var pending: [Pending] = []
    private var closed = false
    private var finished = false
    private var thread: Thread?
    /// Keeps checkpoints out of the writer's commits (file stores only).
    private let checkpointer: WALCheckpointer?

    public init(store: Store) {
        self.store = store
        checkpointer = store.makeCheckpointer(interval: 0.05)
        let thread = Thread { [unowned self] in self.writeLoop() }
        thread.name = "punctual-fix-writer"
        self.thread = thread
        thread.start()
    }

    deinit { close() }

    /// Waits until `fixes` are committed (throws if the commit failed or the writer is closed).
    public func record(technician: String, fixes: [PositionFix]) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            condition.lock()
            if closed {
                condition.unlock()
                continuation.resume(throwing: FixWriterError.closed)
                return
            }
            pending.append(Pending(technicianID: technician, fixes: fixes, continuation: continuation))
            condition.signal()
            condition.unlock()
        }
    }

    /// Stops accepting fixes, commits what is queued and returns once it is stored.
    public func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        while !finished { condition.wait() }
        condition.unlock()
        checkpointer?.stop()
    }

    private func writeLoop() {
        while true {
            condition.lock()
            while pending.isEmpty && !closed { condition.wait() }
            let batch = pending
            pending.removeAll(keepingCapacity: true)
            let stop = closed && batch.isEmpty
            if stop {
                finished = true
                condition.broadcast()
            }
            condition.unlock()
            if stop { return }
            // When the server received the fixes is a record of the machine's clock, not a decision.
            do {
                try store.recordFixes(batch.map { ($0.technicianID, $0.fixes) }, receivedAt: Date())
                for item in batch { item.continuation.resume() }
            } catch {
                // One caller's bad fixes must not fail the others: commit each on its own.
                for item in batch {
                    do {
                        try store.recordFixes([(item.technicianID, item.fixes)], receivedAt: Date())
                        item.continuation.resume()
                    } catch {
                        item.continuation.resume(throwing: error)
                    }
                }
            }
        }
    }
}

/// Why fixes were not written.
public enum FixWriterError: Error, CustomStringConvertible {
    case closed

    public var description: String { "the server is shutting down; send the fixes again in a moment" }
}
