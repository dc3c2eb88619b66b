import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A raw TCP connection to the loopback, for clients no HTTP library would be: one that hangs up
/// half-way, one that trickles its headers, one that never sends anything.
final class LoopbackSocket: Sendable {
    let descriptor: Int32

    init(port: Int) throws {
        descriptor = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(descriptor >= 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        try #require(connected == 0)
    }

    deinit { close(descriptor) }

    /// Writes all of `text`; false when the server has closed the connection.
    @discardableResult
    func send(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) } == bytes.count
    }

    /// Everything the server sends until it closes the connection, or until `seconds` have passed;
    /// waited for on a thread of its own, never on the cooperative pool the server's handlers need.
    func readUntilClosed(within seconds: Double) async -> String {
        await Self.onOwnThread { String(decoding: self.drain(within: seconds).received, as: UTF8.self) }
    }

    /// Whether the server closes the connection within `seconds` (what it sends first is dropped).
    func isClosedByServer(within seconds: Double) async -> Bool {
        await Self.onOwnThread { self.drain(within: seconds).closed }
    }

    private static func onOwnThread<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: body()) }
        }
    }

    /// Reads until the server closes the connection or `seconds` of the monotonic clock have passed
    /// (patience, not a time of day: the wall clock may be moved under the suite).
    private func drain(within seconds: Double) -> (received: [UInt8], closed: Bool) {
        let end = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while ContinuousClock.now < end {
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 100) > 0 else { continue }
            let read = recv(descriptor, &buffer, buffer.count, 0)
            if read <= 0 { return (received, true) }
            received += buffer[0..<read]
        }
        return (received, false)
    }
}
