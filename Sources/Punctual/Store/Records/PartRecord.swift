import GRDB
import PunctualCore
package struct PartRecord: StoreRecord {
    package static let databaseTableName = "part"
    package var id: String
    package var name: String
    package var unitCostCents: Int?

    enum CodingKeys: String, CodingKey {
        case id, name, unitCostCents = "unit_cost_cents"
    }

    /// The columns the store's queries name, typed from the coding keys.
    package enum Columns {
        package static let id = Column(CodingKeys.id)
    }

    package init(_ part: Part) {
        id = part.id
        name = part.name
        unitCostCents = part.unitCostCents
    }

    package var part: Part { Part(id: id, name: name, unitCostCents: unitCostCents) }
}
