import Punctual
import PunctualCore

/// Carries one outbox message to the customer by one channel.
///
/// Implementations are synchronous and bounded by their own timeouts; the worker runs them on a
/// thread of its own.
public protocol Transport: Sendable {
    /// Hands `message` to the provider (with `calendar` attached, for an email that carries one)
    /// and returns what the provider said.
    func send(_ message: Message, calendar: CalendarEvent?) throws(TransportError) -> TransportReceipt
}

/// A provider's acceptance of a message.
public struct TransportReceipt: Sendable, Equatable {
    /// The provider's id for the message, which its status callbacks quote.
    public var providerID: String
    /// The `.ics` text sent along, kept in the outbox.
    public var attachment: String?

    public init(providerID: String, attachment: String? = nil) {
        self.providerID = providerID
        self.attachment = attachment
    }
}
