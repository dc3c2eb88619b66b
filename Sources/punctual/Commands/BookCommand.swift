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
              punctual book J0042 --window "friday 16:00-17:00" --force --reason "customer's only time; T03 agreed"
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var clock: ClockOption

    @Argument(help: "The job to book.")
    var job: String

    @OptionGroup var promise: PromiseOptions

    func run() throws {
        let store = try store.openStore()
        let calendar = try store.requireProfile().calendar
        let (date, range, interval) = try WindowText.interval(promise.window, clock: clock, calendar: calendar)
        let booking = try Booker().book(jobID: job, window: interval, store: store, now: clock.instant, actor: CLIActor.name,
                                        force: promise.force, reason: promise.reason)
        print(PromiseOptions.describe(booking, job: job, date: date, range: range, calendar: calendar))
    }
}
