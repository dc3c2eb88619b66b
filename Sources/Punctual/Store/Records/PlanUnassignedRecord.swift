import GRDB
import PunctualCore
struct PlanUnassignedRecord: StoreRecord {
    static let databaseTableName = "plan_unassigned"
    var planId: Int64
    var jobId: String
    var reason: String
    var brokenPromise: Bool
    var proposal: String?

    enum CodingKeys: String, CodingKey {
        case planId = "plan_id", jobId = "job_id", reason, brokenPromise = "broken_promise", proposal
    }

    /// The columns the store's queries name, typed from the coding keys.
    enum Columns {
        static let jobId = Column(CodingKeys.jobId)
        static let planId = Column(CodingKeys.planId)
    }

    init(planID: Int64, _ job: UnassignedJob) {
        planId = planID
        jobId = job.jobID
        reason = job.reason
        brokenPromise = job.brokenPromise
        proposal = job.proposal
    }

    var unassigned: UnassignedJob {
        UnassignedJob(jobID: jobId, reason: reason, brokenPromise: brokenPromise, proposal: proposal)
    }
}
