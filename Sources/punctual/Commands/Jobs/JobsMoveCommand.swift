import ArgumentParser
import Foundation
import Punctual
import PunctualCore

struct JobsMoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "move",
        abstract: "Move a job's promise to another window, checked like a booking; the customer hears of it.",
        discussion: """
            Example:
              punctual offer J0042 --prefer afternoons
              punctual jobs move J0042 --window "thursday 14:00-15:00" --reason "customer at work in the morning"
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var clock: ClockOption

    @Argument(help: "The job to move.") var job: String
    @OptionGroup var promise: PromiseOptions

    func run() throws {
        let store = try store.openStore()
        let calendar = try store.requireProfile().calendar
        let (date, range, interval) = try WindowText.interval(promise.window, clock: clock, calendar: calendar)
        let booking = try JobDesk(store: store).move(job, to: interval, force: promise.force, actor: CLIActor.name, reason: promise.reason,
                                                     now: clock.instant)
        print(PromiseOptions.describe(booking, job: job, date: date, range: range, calendar: calendar))
    }
}
