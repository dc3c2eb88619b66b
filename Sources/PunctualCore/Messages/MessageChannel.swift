/// The medium of one outbox row; a customer who chose `both` gets one row per channel.
public enum MessageChannel: String, Codable, CaseIterable, Sendable {
    case sms, email

    /// The channel to fall back to when this one fails.
    public var other: MessageChannel { self == .sms ? .email : .sms }
}
