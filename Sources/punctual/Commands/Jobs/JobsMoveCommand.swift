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
    @Option(help: ArgumentHelp(WindowText.help, valueName: WindowText.valueName)) var window: String
    @Flag(help: "Move even if the check refuses the window: recorded as forced, shown as at risk.") var force = false
    @Option(help: "Why, for the history.") var reason = ""

    func validate() throws {
        _ = try WindowText.parse(window)
    }

    func run() throws {
        let store = try store.openStore()
        let calendar = try store.requireProfile().calendar
        let (date, range, interval) = try WindowText.interval(window, clock: clock, calendar: calendar)
        let booking = try JobDesk(store: store).move(job, to: interval, force: force, actor: CLIActor.name, reason: reason, now: clock.instant)
        if let offer = booking.offer {
            print("moved \(job) to \(date) \(range): likely \(offer.technicianID) \(offer.technicianName), "
                + "\(Int((offer.onTimeProbability * 100).rounded())) % on time; the customer is told")
        } else {
            print("moved \(job) to \(date) \(range) by force, AT RISK: the check said \(booking.refusal ?? "no"); the customer is told")
        }
    }
}
