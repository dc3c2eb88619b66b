import GRDB
import PunctualCore
package struct VanStockRecord: StoreRecord {
    package static let databaseTableName = "van_stock"
    package var technicianId: String
    package var partId: String
    package var quantity: Int

    package init(technicianId: String, partId: String, quantity: Int) {
        self.technicianId = technicianId
        self.partId = partId
        self.quantity = quantity
    }

    enum CodingKeys: String, CodingKey {
        case technicianId = "technician_id", partId = "part_id", quantity
    }

    /// The columns the store's queries name, typed from the coding keys.
    package enum Columns {
        package static let partId = Column(CodingKeys.partId)
        package static let technicianId = Column(CodingKeys.technicianId)
    }
}
