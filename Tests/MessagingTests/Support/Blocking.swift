import Foundation

/// Runs blocking work (a synchronous provider that calls a service) on a thread of its own.
///
/// The fake service answers on Swift concurrency's cooperative threads; a request that blocked one
/// of them could starve the very server it is waiting for.
func blocking<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        // A thread of its own: Dispatch's global queues share their threads with the cooperative
        // pool on Linux, and new ones are added only after a stall of about a second.
        Thread { continuation.resume(with: Result { try work() }) }.start()
    }
}

/// The error `work` throws, or nil when it returns.
func blockingError<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async -> (any Error)? {
    do {
        _ = try await blocking(work)
        return nil
    } catch {
        return error
    }
}
