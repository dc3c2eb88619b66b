import NIOCore
import PunctualCore

/// How long the server waits for a slow client and how many it holds at once, from the settings
/// (`server.*`): a client that opens connections and sends nothing, or trickles its headers, must
/// not keep the technicians' phones out.
public struct ServerLimits: Sendable, Equatable {
    public var maxConnections: Int
    public var headerTimeout: Duration
    public var bodyTimeout: Duration
    public var idleTimeout: Duration

    public init(maxConnections: Int = 500, headerTimeout: Duration = .seconds(10), bodyTimeout: Duration = .seconds(60),
                idleTimeout: Duration = .seconds(60)) {
        self.maxConnections = maxConnections
        self.headerTimeout = headerTimeout
        self.bodyTimeout = bodyTimeout
        self.idleTimeout = idleTimeout
    }

    public init(settings: Settings) {
        func seconds(_ key: SettingKey) -> Duration { .milliseconds(Int((settings.number(key) * 1000).rounded())) }
        self.init(maxConnections: max(1, Int(settings.number(.serverMaxConnections))),
                  headerTimeout: seconds(.serverHeaderTimeoutSeconds), bodyTimeout: seconds(.serverBodyTimeoutSeconds),
                  idleTimeout: seconds(.serverIdleTimeoutSeconds))
    }
}

extension Duration {
    var timeAmount: TimeAmount {
        let (seconds, attoseconds) = components
        return .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
