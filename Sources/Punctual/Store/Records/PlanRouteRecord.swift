import Foundation
import GRDB
import PunctualCore

struct PlanRouteRecord: StoreRecord {
    static let databaseTableName = "plan_route"
    var planId: Int64
    var technicianId: String
    var departure: Date
    var end: Date
    var travelSeconds: Int
    var distanceMetres: Int
    var overtimeSeconds: Int

    enum CodingKeys: String, CodingKey {
        case planId = "plan_id", technicianId = "technician_id", departure, end, travelSeconds = "travel_seconds",
            distanceMetres = "distance_metres", overtimeSeconds = "overtime_seconds"
    }

    /// The columns the store's queries name, typed from the coding keys.
    enum Columns {
        static let planId = Column(CodingKeys.planId)
        static let technicianId = Column(CodingKeys.technicianId)
    }

    init(planID: Int64, _ route: PlanRoute) {
        planId = planID
        technicianId = route.technicianID
        departure = route.departure
        end = route.end
        travelSeconds = route.travelSeconds
        distanceMetres = route.distanceMetres
        overtimeSeconds = route.overtimeSeconds
    }

    func route(breaks: [DateInterval], checklist: [PartChecklistItem]) -> PlanRoute {
        PlanRoute(technicianID: technicianId, departure: departure, end: end, travelSeconds: travelSeconds,
                  distanceMetres: distanceMetres, overtimeSeconds: overtimeSeconds, breaks: breaks, checklist: checklist)
    }
}
