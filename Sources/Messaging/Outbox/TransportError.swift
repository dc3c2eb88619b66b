/// Why a transport could not hand a message over, and so what the worker does next.
public enum TransportError: Error, CustomStringConvertible, Equatable {
    /// Worth retrying later: the provider is down, slow, overloaded or failing for now.
    case transient(String)
    /// Retrying will not help: bad credentials or configuration, a request the provider refuses.
    case permanent(String)
    /// The recipient cannot be reached at this address or number.
    case bounced(String)
    /// The request went out and no answer came back (a timeout, a connection lost mid-answer): the
    /// provider may have taken the message. Retried with the same idempotency key, which a provider
    /// that honours keys answers with the message it took the first time; never given to another
    /// channel, which could tell the customer twice.
    case unknown(String)

    public var description: String {
        switch self {
        case .transient(let reason): "temporary failure: \(reason)"
        case .permanent(let reason): "failure: \(reason)"
        case .bounced(let reason): "recipient unreachable: \(reason)"
        case .unknown(let reason): "outcome unknown: \(reason)"
        }
    }

    /// The reason alone, as the outbox records it.
    public var reason: String {
        switch self {
        case .transient(let reason), .permanent(let reason), .bounced(let reason), .unknown(let reason): reason
        }
    }
}
