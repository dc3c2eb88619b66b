import PunctualCore
/// Why a job cannot be handed to another technician, for the dispatcher (CLI) and the API (409/404).
public enum ReassignError: Error, CustomStringConvertible, Equatable {
    case unknownJob(String)
    case unknownTechnician(String)
    case noPublishedPlan(job: String, date: LocalDate)
    case notOnPlan(job: String)
    case underWay(job: String, status: JobStatus)
    case alreadyAssigned(job: String, technician: String)
    case notFeasible(job: String, technician: String, reason: String)

    public var description: String {
        switch self {
        case .unknownJob(let id): "there is no job '\(id)'"
        case .unknownTechnician(let id): "there is no technician '\(id)'"
        case let .noPublishedPlan(job, date):
            "job \(job) is on \(date), which has no published plan; plan and publish the day first"
        case .notOnPlan(let job): "job \(job) is not on the published plan; re-plan the day to place it"
        case let .underWay(job, status): "job \(job) is already \(status.rawValue); only visits not yet started can move"
        case let .alreadyAssigned(job, technician): "job \(job) is already \(technician)'s"
        case let .notFeasible(job, technician, reason): "\(technician) cannot take \(job): \(reason)"
        }
    }
}
