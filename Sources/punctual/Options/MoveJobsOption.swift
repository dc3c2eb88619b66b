import ArgumentParser
import Foundation
import Punctual
import PunctualCore

/// `--on DAY` for the imports that bring jobs: the sample (or any template day) played on a chosen
/// date. The earliest date of the jobs file becomes DAY; promised windows and availability, which
/// are local times of the job's date, move with it.
struct MoveJobsOption: ParsableArguments {
    @Option(help: ArgumentHelp("Move the jobs so the file's earliest date falls on this day: \(DayPhrase.accepted).",
                               valueName: "day"))
    var on: String?

    @OptionGroup var clock: ClockOption

    func validate() throws {
        try ClockOption.checkDay(on, option: "--on")
    }

    /// The day the jobs go to, if one was asked for.
    func day(in store: Store) throws -> LocalDate? {
        guard let on else { return nil }
        return clock.day(on, in: try store.requireProfile().calendar)
    }
}
