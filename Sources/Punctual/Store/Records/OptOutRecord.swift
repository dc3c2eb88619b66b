import Foundation
import PunctualCore

/// A customer who replied STOP.
struct OptOutRecord: StoreRecord {
    static let databaseTableName = "customer_opt_out"
    var customerId: Int64
    var optedOutAt: Date

    enum CodingKeys: String, CodingKey {
        case customerId = "customer_id", optedOutAt = "opted_out_at"
    }
}
