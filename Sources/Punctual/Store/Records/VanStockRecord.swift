struct VanStockRecord: StoreRecord {
    static let databaseTableName = "van_stock"
    var technicianId: String
    var partId: String
    var quantity: Int

    enum CodingKeys: String, CodingKey {
        case technicianId = "technician_id", partId = "part_id", quantity
    }
}
