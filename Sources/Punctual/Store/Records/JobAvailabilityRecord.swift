import Foundation
import GRDB
import PunctualCore

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

    /// The columns the store's queries name, typed from the coding keys.
    package enum Columns {
        package static let jobId = Column(CodingKeys.jobId)
        package static let start = Column(CodingKeys.start)
    }
}
