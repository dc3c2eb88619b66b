/// How a customer chose to hear from the business.
public enum NotifyChannel: String, Codable, CaseIterable, Sendable {
    case sms, email, both

    public var usesSMS: Bool { self != .email }
    public var usesEmail: Bool { self != .sms }
}
