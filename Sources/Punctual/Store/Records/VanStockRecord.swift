struct VanStockRecord: StoreRecord {
    static let databaseTableName = "van_stock"
    var technicianId: String
    var partId: String
    var quantity: Int
}
