struct JobPartRecord: StoreRecord {
    static let databaseTableName = "job_part"
    var jobId: String
    var partId: String
    var quantity: Int
}
