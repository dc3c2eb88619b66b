import Foundation

/// Something a person at the business should know about: an inbound text (answered automatically
/// or not) or a message that could not be delivered. Each carries the customer and job it concerns,
/// so nobody has to ask the customer to repeat themselves.
public struct InboxItem: Sendable, Hashable, Codable, Identifiable {
    public enum Source: String, Codable, Sendable {
        /// A text from a customer (or an unknown number).
        case sms
        /// Raised by Punctual itself, such as a failed delivery.
        case system
        /// A customer's tap or note on their tracking page.
        case web
    }

    public var id: Int64
    public var source: Source
    public var customerID: Int64?
    public var jobID: String?
    /// The phone number the text came from, or the failed message's recipient.
    public var sender: String
    public var body: String
    /// What Punctual did about it, if anything ("opted out", "booked choice 2", …).
    public var action: String?
    /// Whether a person still needs to look at it.
    public var handled: Bool
    public var receivedAt: Date

    public init(id: Int64, source: Source, customerID: Int64?, jobID: String?, sender: String, body: String,
                action: String?, handled: Bool, receivedAt: Date) {
        self.id = id
        self.source = source
        self.customerID = customerID
        self.jobID = jobID
        self.sender = sender
        self.body = body
        self.action = action
        self.handled = handled
        self.receivedAt = receivedAt
    }
}
