import Foundation

/// One numbered window offered to a customer who asked to rebook: replying `number` books it.
public struct RebookChoice: Sendable, Hashable, Codable {
    public var customerID: Int64
    public var jobID: String
    public var number: Int
    public var window: DateInterval
    /// When the choice was sent; a bare number long after means something else.
    public var offeredAt: Date

    /// How long offered choices stay open, and held for the customer: a number after that means
    /// something else, and the times go back to other bookings.
    public static let lifetime: TimeInterval = 24 * 3600

    /// Whether the choice is still open at `now`.
    public func isOpen(at now: Date) -> Bool { now.timeIntervalSince(offeredAt) < Self.lifetime }

    public init(customerID: Int64, jobID: String, number: Int, window: DateInterval, offeredAt: Date) {
        self.customerID = customerID
        self.jobID = jobID
        self.number = number
        self.window = window
        self.offeredAt = offeredAt
    }
}
