import Foundation

/// Runs blocking work (a curl transfer, a synchronous provider calling a service) on a thread of
/// its own and awaits its result.
///
/// The loopback server under test answers on Swift concurrency's cooperative threads; work that
/// blocked one of them could starve the very server it is waiting for.
public func blocking<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        // A thread of its own: Dispatch's global queues share their threads with the cooperative
        // pool on Linux, and new ones are added only after a stall of about a second.
        Thread { continuation.resume(with: Result { try work() }) }.start()
    }
}

/// The error `work` throws, or nil when it returns.
public func blockingError<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async -> (any Error)? {
    do {
        _ = try await blocking(work)
        return nil
    } catch {
        return error
    }
}

/// A loopback port with nothing listening on it: bound, read, and closed again.
public func closedLoopbackPort() throws -> Int {
    let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard socket >= 0 else { throw POSIXError(.EMFILE) }
    defer { close(socket) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) { pointer in
        pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
            bind(socket, generic, length) == 0 && getsockname(socket, generic, &length) == 0
        }
    }
    guard bound else { throw POSIXError(.EADDRNOTAVAIL) }
    return Int(UInt16(bigEndian: address.sin_port))
}
