struct PartRecord: StoreRecord {
    static let databaseTableName = "part"
    var id: String
    var name: String
    var unitCostCents: Int?

    enum CodingKeys: String, CodingKey {
        case id, name, unitCostCents = "unit_cost_cents"
    }

    init(_ part: Part) {
        id = part.id
        name = part.name
        unitCostCents = part.unitCostCents
    }

    var part: Part { Part(id: id, name: name, unitCostCents: unitCostCents) }
}
