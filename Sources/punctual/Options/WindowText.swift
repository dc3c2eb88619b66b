import ArgumentParser
import Foundation
import Punctual
import PunctualCore

/// A window as the dispatcher types it: a day (`tomorrow`, `friday`, `2026-11-24`) and `HH:MM-HH:MM`.
enum WindowText {
    static let valueName = "DAY HH:MM-HH:MM"
    static let help = "The window, local time: a day (\(DayPhrase.accepted)) and HH:MM-HH:MM."

    /// The day phrase and the range, or a validation error naming `option` and what is wrong.
    static func parse(_ text: String, option: String = "--window") throws -> (day: String, range: TimeOfDayRange) {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2, DayPhrase.isWellFormed(String(parts[0])) else {
            throw ValidationError("\(option) '\(text)' is not 'DAY HH:MM-HH:MM', the day being \(DayPhrase.accepted)")
        }
        let times = parts[1].split(separator: "-")
        if times.count == 2, times[0] == times[1] {
            throw ValidationError("\(option) '\(text)' has a width of zero: its end must be after its start")
        }
        guard let range = TimeOfDayRange(parsing: String(parts[1])) else {
            throw ValidationError("\(option) '\(text)': '\(parts[1])' is not a time range HH:MM-HH:MM with the end after the start")
        }
        return (String(parts[0]), range)
    }

    /// The window as instants of the business's calendar.
    static func interval(_ text: String, clock: ClockOption, calendar: BusinessCalendar) throws -> (date: LocalDate, range: TimeOfDayRange, interval: DateInterval) {
        let (day, range) = try parse(text)
        let date = clock.day(day, in: calendar)
        return (date, range, calendar.interval(date, range))
    }
}

/// Who the audit trail says made a change at this keyboard: `cli:` and `$PUNCTUAL_ACTOR`, else `$USER`.
enum CLIActor {
    static var name: String {
        let environment = ProcessInfo.processInfo.environment
        let who = environment["PUNCTUAL_ACTOR"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "dispatcher"
        return "cli:\(who)"
    }
}
