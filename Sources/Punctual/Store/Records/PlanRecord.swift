import Foundation
import GRDB
import PunctualCore

struct PlanRecord: StoreRecord {
    static let databaseTableName = "plan"
    var id: Int64?
    var date: String
    var version: Int
    var state: Plan.State
    var createdAt: Date
    var cost: Double
    var travelSource: String
    var warnings: [String]

    enum CodingKeys: String, CodingKey {
        case id, date, version, state, createdAt = "created_at", cost, travelSource = "travel_source", warnings
    }

    /// The columns the store's queries name, typed from the coding keys.
    enum Columns {
        static let date = Column(CodingKeys.date)
        static let id = Column(CodingKeys.id)
        static let state = Column(CodingKeys.state)
        static let version = Column(CodingKeys.version)
    }

    init(_ plan: Plan) {
        id = plan.id
        date = plan.date.description
        version = plan.version
        state = plan.state
        createdAt = plan.createdAt
        cost = plan.cost
        travelSource = plan.travelSource
        warnings = plan.warnings
    }

    func plan(visits: [PlanVisit], unassigned: [UnassignedJob], routes: [PlanRoute]) -> Plan {
        Plan(id: id, date: LocalDate(parsing: date)!, version: version, state: state, createdAt: createdAt,
             cost: cost, visits: visits, unassigned: unassigned, routes: routes, travelSource: travelSource,
             warnings: warnings)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
