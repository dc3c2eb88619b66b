import Foundation
import GRDB
import PunctualCore

struct PlanBreakRecord: StoreRecord {
    static let databaseTableName = "plan_break"
    var planId: Int64
    var technicianId: String
    var start: Date
    var end: Date

    enum CodingKeys: String, CodingKey {
        case planId = "plan_id", technicianId = "technician_id", start, end
    }

    /// The columns the store's queries name, typed from the coding keys.
    enum Columns {
        static let planId = Column(CodingKeys.planId)
        static let start = Column(CodingKeys.start)
    }
}
