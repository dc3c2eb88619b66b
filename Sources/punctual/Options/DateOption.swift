import ArgumentParser
import Punctual
import PunctualCore

/// `--date DAY` (and `--now`), shared by the commands that work on one day. The day may be written
/// as people say it; it is resolved in the business's time zone as of `--now`.
struct DateOption: ParsableArguments {
    @Option(help: ArgumentHelp("The day: \(DayPhrase.accepted).", valueName: "day"))
    var date: String

    @OptionGroup var clock: ClockOption

    func validate() throws {
        try ClockOption.checkDay(date, option: "--date")
    }

    /// The date meant, in the business's calendar.
    func value(in calendar: BusinessCalendar) -> LocalDate { clock.day(date, in: calendar) }
}
