/// How long a transfer may take: a separate, shorter limit for connecting lets a dead host fail fast
/// while a slow but working service still gets its full time.
public struct CurlTimeouts: Sendable, Equatable {
    /// The limit for resolving and connecting (TLS handshake included).
    public var connect: Duration
    /// The limit for the whole transfer, connecting included.
    public var total: Duration

    public init(connect: Duration = .seconds(5), total: Duration = .seconds(30)) {
        precondition(connect > .zero && total > .zero, "timeouts must be positive")
        self.connect = connect
        self.total = total
    }

    /// Connects within at most five seconds, and finishes within `total`.
    public init(total: Duration) {
        self.init(connect: min(total, .seconds(5)), total: total)
    }
}

extension Duration {
    /// Whole milliseconds, at least 1 (curl reads 0 as "no limit").
    var curlMilliseconds: Int {
        let (seconds, attoseconds) = components
        return max(1, Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000))
    }
}
