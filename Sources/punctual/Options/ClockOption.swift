import ArgumentParser
import Foundation
import Punctual
import PunctualCore

/// `--now`: the instant a command treats as the present. The system clock unless given: replays
/// ("what would booking have offered yesterday evening?"), support, rehearsals and the tests.
struct ClockOption: ParsableArguments {
    @Option(help: ArgumentHelp("Act as of this instant instead of the system clock, ISO 8601 with an offset "
                               + "(e.g. 2026-11-23T18:00:00-07:00): for replays, support and rehearsals.", valueName: "instant"))
    var now: String?

    func validate() throws {
        if let now, ISO8601DateFormatter().date(from: now) == nil {
            throw ValidationError("--now '\(now)' is not an ISO 8601 instant such as 2026-11-23T18:00:00-07:00")
        }
    }

    var instant: Date { now.flatMap { ISO8601DateFormatter().date(from: $0) } ?? WallClock.system() }

    /// The business's date that `text` names (`today`, `tomorrow`, a weekday, `YYYY-MM-DD`), counted
    /// from the business's local date at `instant`. `text` was checked by `DayPhrase.isWellFormed`.
    func day(_ text: String, in calendar: BusinessCalendar) -> LocalDate {
        DayPhrase.resolve(text, today: calendar.local(instant).date)!
    }

    /// `validate()` for an option that names a day.
    static func checkDay(_ text: String?, option: String) throws {
        if let text, !DayPhrase.isWellFormed(text) {
            throw ValidationError("\(option) '\(text)' is not a day: give \(DayPhrase.accepted)")
        }
    }
}
