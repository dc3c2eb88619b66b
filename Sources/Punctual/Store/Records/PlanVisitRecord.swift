import Foundation
import GRDB
import PunctualCore

struct PlanVisitRecord: StoreRecord {
    static let databaseTableName = "plan_visit"
    var planId: Int64
    var technicianId: String
    var sequence: Int
    var jobId: String
    var plannedArrival: Date
    var plannedStart: Date
    var plannedEnd: Date

    enum CodingKeys: String, CodingKey {
        case planId = "plan_id", technicianId = "technician_id", sequence, jobId = "job_id",
            plannedArrival = "planned_arrival", plannedStart = "planned_start", plannedEnd = "planned_end"
    }

    /// The columns the store's queries name, typed from the coding keys.
    enum Columns {
        static let jobId = Column(CodingKeys.jobId)
        static let planId = Column(CodingKeys.planId)
        static let sequence = Column(CodingKeys.sequence)
        static let technicianId = Column(CodingKeys.technicianId)
    }

    init(planID: Int64, _ visit: PlanVisit) {
        planId = planID
        technicianId = visit.technicianID
        sequence = visit.sequence
        jobId = visit.jobID
        plannedArrival = visit.plannedArrival
        plannedStart = visit.plannedStart
        plannedEnd = visit.plannedEnd
    }

    var visit: PlanVisit {
        PlanVisit(technicianID: technicianId, sequence: sequence, jobID: jobId, plannedArrival: plannedArrival,
                  plannedStart: plannedStart, plannedEnd: plannedEnd)
    }
}
