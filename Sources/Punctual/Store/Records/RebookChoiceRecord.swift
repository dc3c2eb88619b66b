import Foundation
import GRDB
import PunctualCore

struct RebookChoiceRecord: StoreRecord {
    static let databaseTableName = "rebook_choice"
    var customerId: Int64
    var number: Int
    var jobId: String
    var windowStart: Date
    var windowEnd: Date
    var offeredAt: Date

    enum CodingKeys: String, CodingKey {
        case customerId = "customer_id", number, jobId = "job_id", windowStart = "window_start",
            windowEnd = "window_end", offeredAt = "offered_at"
    }

    /// The columns the store's queries name, typed from the coding keys.
    enum Columns {
        static let customerId = Column(CodingKeys.customerId)
        static let windowStart = Column(CodingKeys.windowStart)
        static let jobId = Column(CodingKeys.jobId)
    }

    init(_ choice: RebookChoice) {
        customerId = choice.customerID
        number = choice.number
        jobId = choice.jobID
        windowStart = choice.window.start
        windowEnd = choice.window.end
        offeredAt = choice.offeredAt
    }

    var choice: RebookChoice {
        RebookChoice(customerID: customerId, jobID: jobId, number: number,
                     window: DateInterval(start: windowStart, end: windowEnd), offeredAt: offeredAt)
    }
}
