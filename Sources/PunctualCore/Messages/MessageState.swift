/// Where an outbox row stands: `queued → sending → sent → delivered | failed | bounced`, or
/// `unconfirmed` when the provider never answered whether it took the message.
///
/// `sending` is a lease: a row left there by a crashed worker becomes due again when the lease ends.
public enum MessageState: String, Codable, CaseIterable, Sendable {
    case queued, sending, sent, delivered, failed, bounced
    /// Handed to the provider every attempt, and never an answer: it may have gone out. No other
    /// channel is tried (the customer could hear it twice); the dispatcher is told to check.
    case unconfirmed

    /// Nothing more will happen to the row by itself.
    public var isFinal: Bool { self == .delivered || self == .failed || self == .bounced || self == .unconfirmed }
    /// The customer did not get it: the dispatcher is told and the other channel is tried.
    public var isFailure: Bool { self == .failed || self == .bounced }
}
