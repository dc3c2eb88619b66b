import Curl
import Foundation
import Logging
import Punctual
import PunctualCore

/// The transport for each channel.
public struct TransportSet: Sendable {
    public var sms: any Transport
    public var email: any Transport

    public init(sms: any Transport, email: any Transport) {
        self.sms = sms
        self.email = email
    }

    public func transport(for channel: MessageChannel) -> any Transport {
        channel == .sms ? sms : email
    }

    /// The console for both channels: everything works offline.
    public static func console(logger: Logger) -> TransportSet {
        TransportSet(sms: ConsoleTransport(logger: logger), email: ConsoleTransport(logger: logger))
    }

    /// What the settings ask for: the console unless `messages.transport` is `live`; then SMS over
    /// HTTP and email over SMTP, each only when configured.
    public static func fromSettings(_ settings: Settings, logger: Logger) throws(MessagingConfigurationError) -> TransportSet {
        guard settings.sendsLive else { return .console(logger: logger) }
        return TransportSet(sms: try SMSHTTPTransport.Configuration(settings: settings).map { SMSHTTPTransport(configuration: $0) }
                                ?? UnconfiguredTransport(channel: .sms),
                            email: try SMTPTransport.Configuration(settings: settings).map { SMTPTransport(configuration: $0) }
                                ?? UnconfiguredTransport(channel: .email))
    }
}

/// The transport of a channel that live sending has no settings for: every message fails (and so
/// falls back to the other channel and reaches the dispatcher) rather than vanishing.
public struct UnconfiguredTransport: Transport {
    public var channel: MessageChannel

    public func send(_ message: Message, calendar: CalendarEvent?) throws(TransportError) -> TransportReceipt {
        let keys = channel == .sms ? "sms.account_sid, sms.auth_token and sms.from" : "smtp.url and smtp.from"
        throw .permanent("no \(channel.rawValue) provider is configured: set \(keys)")
    }
}
