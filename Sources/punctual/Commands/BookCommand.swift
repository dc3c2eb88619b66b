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

    @Option(help: ArgumentHelp(WindowText.help, valueName: WindowText.valueName))
    var window: String

    @Flag(help: "Promise the window even if the check refuses it: recorded as forced, shown as at risk.")
    var force = false

    @Option(help: "Why, for the history (with --force especially).")
    var reason = ""

    func validate() throws {
        _ = try WindowText.parse(window)
    }

    func run() throws {
        let store = try store.openStore()
        let calendar = try store.requireProfile().calendar
        let (date, range, interval) = try WindowText.interval(window, clock: clock, calendar: calendar)
        let booking = try Booker().book(jobID: job, window: interval, store: store, now: clock.instant, actor: CLIActor.name,
                                        force: force, reason: reason)
        let verb = booking.moved ? "moved" : "booked"
        guard let offer = booking.offer else {
            print("\(verb) \(job) for \(date) \(range) by force, AT RISK: the check said \(booking.refusal ?? "no"); "
                + "no plan is proved to keep it, so plan the day and watch it")
            return
        }
        print("\(verb) \(job) for \(date) \(range): likely \(offer.technicianID) \(offer.technicianName), "
            + "arriving about \(calendar.local(offer.plannedArrival).time), "
            + "\(Int((offer.onTimeProbability * 100).rounded())) % on time")
    }
}
