struct PlanUnassignedRecord: StoreRecord {
    static let databaseTableName = "plan_unassigned"
    var planId: Int64
    var jobId: String
    var reason: String
}
