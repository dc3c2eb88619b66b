struct JobPartRecord: StoreRecord {
    static let databaseTableName = "job_part"
    var jobId: String
    var partId: String
    var quantity: Int

    enum CodingKeys: String, CodingKey {
        case jobId = "job_id", partId = "part_id", quantity
    }
}
