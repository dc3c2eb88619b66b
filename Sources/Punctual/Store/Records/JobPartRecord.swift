import GRDB
import PunctualCore
package struct JobPartRecord: StoreRecord {
    package static let databaseTableName = "job_part"
    package var jobId: String
    package var partId: String
    package var quantity: Int

    package init(jobId: String, partId: String, quantity: Int) {
        self.jobId = jobId
        self.partId = partId
        self.quantity = quantity
    }

    enum CodingKeys: String, CodingKey {
        case jobId = "job_id", partId = "part_id", quantity
    }

    /// The columns the store's queries name, typed from the coding keys.
    package enum Columns {
        package static let jobId = Column(CodingKeys.jobId)
        package static let partId = Column(CodingKeys.partId)
    }
}
