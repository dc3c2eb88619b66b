import Foundation

package struct JobAvailabilityRecord: StoreRecord {
    package static let databaseTableName = "job_availability"
    package var jobId: String
    package var start: Date
    package var end: Date

    package init(jobId: String, start: Date, end: Date) {
        self.jobId = jobId
        self.start = start
        self.end = end
    }

    enum CodingKeys: String, CodingKey {
        case jobId = "job_id", start, end
    }
}
