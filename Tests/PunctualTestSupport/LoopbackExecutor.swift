import Foundation

/// Threads of their own for the loopback servers tests talk to over real sockets.
///
/// Swift Testing runs the synchronous tests on Swift concurrency's cooperative pool, which has one
/// thread per core: two CPU-bound tests there leave a loopback server no thread to answer on, and a
/// client's timeout then fails a test that did nothing wrong (seen in CI: an SMS provider "slow" by
/// 0.6 s did not answer within 20 s). A server started inside `onLoopbackThreads` runs its
/// connections, which are child tasks, on these threads instead.
public final class LoopbackExecutor: TaskExecutor, @unchecked Sendable {
    public static let shared = LoopbackExecutor(threads: 4)

    private let condition = NSCondition()
    /// A handful at a time: each job runs until its next suspension.
    private var jobs: [UnownedJob] = []

    private init(threads: Int) {
        for index in 0..<threads {
            let thread = Thread { [unowned self] in self.work() }
            thread.name = "loopback-\(index)"
            thread.start()
        }
    }

    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    private func work() {
        while true {
            condition.lock()
            while jobs.isEmpty { condition.wait() }
            let job = jobs.removeFirst()
            condition.unlock()
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
    }
}

/// Runs `body`, and every child task it starts (a Hummingbird server's connections among them), on
/// the loopback executor's threads.
public func onLoopbackThreads<T: Sendable>(_ body: () async throws -> T) async rethrows -> T {
    try await withTaskExecutorPreference(LoopbackExecutor.shared, operation: body)
}
