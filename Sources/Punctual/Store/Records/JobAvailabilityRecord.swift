import Foundation

struct JobAvailabilityRecord: StoreRecord {
    static let databaseTableName = "job_availability"
    var jobId: String
    var start: Date
    var end: Date

    enum CodingKeys: String, CodingKey {
        case jobId = "job_id", start, end
    }
}
