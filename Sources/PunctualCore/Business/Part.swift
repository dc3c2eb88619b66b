/// An item of the parts catalogue: something a job may need and a van may carry.
public struct Part: Codable, Hashable, Sendable, Identifiable {
    /// A short slug used in spreadsheets, e.g. `capacitor-45uf`.
    public var id: String
    public var name: String
    /// Price to the business in cents, when known.
    public var unitCostCents: Int?

    public init(id: String, name: String, unitCostCents: Int? = nil) {
        self.id = id
        self.name = name
        self.unitCostCents = unitCostCents
    }
}
