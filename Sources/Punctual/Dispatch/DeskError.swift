import Foundation
import PunctualCore

/// Why the dispatcher's change was refused, in words that say what to do instead. Nothing was written.
public enum DeskError: Error, CustomStringConvertible, Equatable {
    case unknownJob(String)
    case unknownTechnician(String)
    case jobClosed(job: String, status: JobStatus, change: String)
    case underWay(job: String, status: JobStatus, change: String)
    case invalid(field: String, detail: String)
    case promiseAtRisk(job: String, window: String, reason: String)
    case dateInPast(date: LocalDate, today: LocalDate)
    case outsideShift(technician: String, date: LocalDate, away: TimeOfDayRange, shift: TimeOfDayRange)
    case notWorking(technician: String, date: LocalDate)
    case resetNotBackwards(job: String, from: JobStatus, to: JobStatus)

    public var description: String {
        switch self {
        case .unknownJob(let id):
            "there is no job '\(id)'; `punctual jobs list` shows the jobs"
        case .unknownTechnician(let id):
            "there is no technician '\(id)'; `punctual technicians list` shows them"
        case let .jobClosed(job, status, change):
            "job \(job) is \(status.rawValue): it cannot be \(change)"
        case let .underWay(job, status, change):
            "job \(job) is \(status.rawValue): it cannot be \(change) while the technician is on it; "
                + "if that status is wrong, put it back with `punctual jobs reset \(job) --status scheduled --reason ...`"
        case let .invalid(field, detail):
            "\(field): \(detail)"
        case let .promiseAtRisk(job, window, reason):
            "the change would break \(job)'s promise (\(window)): \(reason); move it with `punctual jobs move`, or pass --force to keep the promise at risk"
        case let .dateInPast(date, today):
            "\(date) is in the past (today is \(today))"
        case let .outsideShift(technician, date, away, shift):
            "the absence \(away) on \(date) is outside \(technician)'s shift \(shift) that day: nothing to change"
        case let .notWorking(technician, date):
            "\(technician) does not work on \(date) (deactivated from an earlier date)"
        case let .resetNotBackwards(job, from, to):
            "job \(job) is \(from.rawValue); a reset puts a status back to an earlier one, and \(to.rawValue) is not earlier"
        }
    }

    /// The field of the request at fault, for the API's 400 answers.
    public var field: String? {
        switch self {
        case .invalid(let field, _): field
        case .outsideShift: "from"
        case .dateInPast: "date"
        case .resetNotBackwards: "status"
        default: nil
        }
    }
}
