import ArgumentParser
import Foundation
import Punctual
import PunctualCore

struct BookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "book",
        abstract: "Promise a window for a job, after checking it can be kept.",
        discussion: """
            The check and the promise happen in one transaction. From then on the window is hard for every plan.

            Example:
              punctual book J0042 --window "tomorrow 09:00-10:00"
              punctual book J0042 --window "2026-11-24 09:00-10:00"
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var clock: ClockOption

    @Argument(help: "The job to book.")
    var job: String

    @Option(help: ArgumentHelp("The window, local time: a day (\(DayPhrase.accepted)) and HH:MM-HH:MM.",
                               valueName: "DAY HH:MM-HH:MM"))
    var window: String

    func validate() throws {
        _ = try parsedWindow()
    }

    private func parsedWindow() throws -> (day: String, range: TimeOfDayRange) {
        let parts = window.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2, DayPhrase.isWellFormed(String(parts[0])) else {
            throw ValidationError("--window '\(window)' is not 'DAY HH:MM-HH:MM', the day being \(DayPhrase.accepted)")
        }
        let times = parts[1].split(separator: "-")
        if times.count == 2, times[0] == times[1] {
            throw ValidationError("--window '\(window)' has a width of zero: its end must be after its start")
        }
        guard let range = TimeOfDayRange(parsing: String(parts[1])) else {
            throw ValidationError("--window '\(window)': '\(parts[1])' is not a time range HH:MM-HH:MM with the end after the start")
        }
        return (String(parts[0]), range)
    }

    func run() throws {
        let store = try store.openStore()
        let calendar = try store.requireProfile().calendar
        let (day, range) = try parsedWindow()
        let date = clock.day(day, in: calendar)
        let offer = try Booker().book(jobID: job, window: calendar.interval(date, range), store: store, now: clock.instant)
        print("booked \(job) for \(date) \(range): likely \(offer.technicianID) \(offer.technicianName), "
            + "arriving about \(calendar.local(offer.plannedArrival).time), "
            + "\(Int((offer.onTimeProbability * 100).rounded())) % on time")
    }
}
