/// Why a progress report was refused, written for the technician's app (and whoever reads its logs).
public enum ProgressError: Error, CustomStringConvertible, Equatable {
    case unknownJob(String)
    /// The job is not on this technician's published route.
    case notYourJob(job: String, technician: String)
    /// The report does not follow from the visit's current state.
    case illegalTransition(job: String, status: JobStatus, event: VisitEventKind, reason: String)
    /// The report is stamped on another day than the visit's: a visit is reported on its own date.
    case wrongDay(job: String, visitDate: LocalDate, reportDate: LocalDate)
    /// The same `Idempotency-Key` was used before for a different report.
    case idempotencyKeyReused(key: String)

    public var description: String {
        switch self {
        case .unknownJob(let job):
            "there is no job \(job)"
        case .notYourJob(let job, let technician):
            "job \(job) is not on \(technician)'s published route"
        case .illegalTransition(let job, let status, let event, let reason):
            "cannot record \(event.rawValue) for job \(job) (status \(status.rawValue)): \(reason)"
        case let .wrongDay(job, visitDate, reportDate):
            "job \(job) is a visit of \(visitDate), and this report is of \(reportDate): progress is reported on the visit's day"
        case .idempotencyKeyReused(let key):
            "Idempotency-Key \(key) was already used for a different report; use a new key for a new report"
        }
    }
}
