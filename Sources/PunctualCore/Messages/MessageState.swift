/// Where an outbox row stands: `queued → sending → sent → delivered | failed | bounced`.
///
/// `sending` is a lease: a row left there by a crashed worker becomes due again when the lease ends.
public enum MessageState: String, Codable, CaseIterable, Sendable {
    case queued, sending, sent, delivered, failed, bounced

    /// Nothing more will happen to the row by itself.
    public var isFinal: Bool { self == .delivered || self == .failed || self == .bounced }
    /// The customer did not get it: the dispatcher is told and the other channel is tried.
    public var isFailure: Bool { self == .failed || self == .bounced }
}
