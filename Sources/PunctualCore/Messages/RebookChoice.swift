import Foundation

/// One numbered window offered to a customer who asked to rebook: replying `number` books it.
public struct RebookChoice: Sendable, Hashable, Codable {
    public var customerID: Int64
    public var jobID: String
    public var number: Int
    public var window: DateInterval
    /// When the choice was sent; a bare number long after means something else.
    public var offeredAt: Date

    public init(customerID: Int64, jobID: String, number: Int, window: DateInterval, offeredAt: Date) {
        self.customerID = customerID
        self.jobID = jobID
        self.number = number
        self.window = window
        self.offeredAt = offeredAt
    }
}
