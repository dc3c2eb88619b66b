/// A number of one part: what a job needs or a van holds.
public struct PartQuantity: Codable, Hashable, Sendable {
    public var part: String
    /// Units, always positive.
    public var quantity: Int

    public init(part: String, quantity: Int) {
        self.part = part
        self.quantity = quantity
    }
}
