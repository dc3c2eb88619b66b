import Foundation
import GRDB
import PunctualCore

/// Copies the write-ahead log back into the database file from a thread and connection of its own,
/// so the connection that commits fixes never stops to do it.
///
/// SQLite otherwise checkpoints inside the commit that takes the log past 1000 pages: under a steady
/// stream of fixes that was every few dozen commits, and every request waiting on that commit waited
/// for the copy and its fsyncs too. A passive checkpoint runs beside the writer (and readers) and
/// waits for no one. Durability is unchanged: a commit is in the log before callers are answered,
/// the log is fsynced at each checkpoint (WAL with `synchronous = NORMAL`, GRDB's setting), so a
/// crash of the server loses nothing it answered; a power loss may lose the commits since the last
/// checkpoint, as before.
final class WALCheckpointer: @unchecked Sendable {
    private let connection: DatabaseQueue
    private let interval: TimeInterval
    private let condition = NSCondition()
    private var stopped = false
    private var finished = false

    /// Starts checkpointing the database at `path` every `interval` seconds.
    init(path: String, interval: TimeInterval) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        connection = try DatabaseQueue(path: path, configuration: configuration)
        self.interval = interval
        let thread = Thread { [self] in run() }
        thread.name = "punctual-wal-checkpoint"
        thread.start()
    }

    /// Stops after a last checkpoint; returns once the thread is done.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        while !finished { condition.wait() }
        condition.unlock()
    }

    private func run() {
        while true {
            condition.lock()
            if !stopped { _ = condition.wait(until: Date(timeIntervalSinceNow: interval)) }
            let stop = stopped
            condition.unlock()
            // A busy or failed checkpoint is retried at the next tick; SQLite's own automatic
            // checkpoint on the writer remains as a bound on the log's size.
            try? connection.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(PASSIVE)") }
            if stop {
                condition.lock()
                finished = true
                condition.broadcast()
                condition.unlock()
                return
            }
        }
    }
}

extension Store {
    /// A checkpointer for a file store that commits often (the server's), or nil for one that
    /// needs none (in memory, or a serial command-line connection).
    func makeCheckpointer(interval: TimeInterval) -> WALCheckpointer? {
        guard let pool = writer as? DatabasePool, let checkpointer = try? WALCheckpointer(path: pool.path, interval: interval) else {
            return nil
        }
        // The writer's own automatic checkpoint is kept as a bound, well above what accumulates
        // between two background checkpoints.
        try? pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_autocheckpoint = 10000") }
        return checkpointer
    }
}
