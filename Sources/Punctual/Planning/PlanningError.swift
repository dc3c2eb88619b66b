import Foundation
import PunctualCore

/// Why a day cannot be planned at all.
public enum PlanningError: Error, Equatable, CustomStringConvertible {
    /// Every shift of the date ended before `now`: a plan would serve nobody, so none is made.
    case dayIsOver(date: LocalDate, lastShiftEnd: TimeOfDay, now: String)

    public var description: String {
        switch self {
        case let .dayIsOver(date, lastShiftEnd, now):
            "\(date) is over: its last shift ended at \(lastShiftEnd) and it is now \(now). "
                + "Plan a day still to come (for example --date tomorrow); to replay \(date), "
                + "give --now an instant before its shifts ended"
        }
    }
}
