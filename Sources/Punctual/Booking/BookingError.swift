import Foundation
import PunctualCore

/// Why a window cannot be offered or booked, written for the dispatcher at the keyboard.
public enum BookingError: Error, CustomStringConvertible, Equatable {
    case unknownJob(String)
    case jobNotBookable(job: String, status: JobStatus)
    case emptyWindow(String)
    case windowInPast(window: String, now: String)
    case windowTooSoon(window: String, earliest: String)
    case notFeasible(job: String, window: String, reason: String)

    public var description: String {
        switch self {
        case .unknownJob(let id):
            "there is no job '\(id)'; `punctual jobs list` shows the jobs"
        case let .jobNotBookable(job, status):
            "job \(job) is \(status.rawValue); only requested or booked jobs not yet under way can get a new window"
        case .emptyWindow(let text):
            "window '\(text)' is empty: its end must be after its start"
        case let .windowInPast(window, now):
            "window \(window) is in the past (it is now \(now))"
        case let .windowTooSoon(window, earliest):
            "window \(window) starts too soon: the earliest bookable start is \(earliest) (setting booking.lead_minutes)"
        case let .notFeasible(job, window, reason):
            "cannot promise \(window) for job \(job): \(reason)"
        }
    }
}
