import ArgumentParser
import Foundation
import Punctual
import PunctualCore

struct TechniciansDeactivateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deactivate",
        abstract: "A technician works no more from a date on; the days planned with them are planned again.",
        discussion: "Example:\n  punctual technicians deactivate T06 --date monday --reason \"left the company\"")

    @OptionGroup var store: StoreOptions
    @OptionGroup var day: DateOption

    @Argument(help: "The technician.") var technician: String
    @Option(help: "Why, for the history.") var reason = ""

    func run() throws {
        let store = try store.openStore()
        let date = day.value(in: try store.requireProfile().calendar)
        let outcome = try RosterDesk(store: store).deactivate(technician, from: date, actor: CLIActor.name, reason: reason, now: day.clock.instant)
        print("\(technician) works no more from \(date)")
        try RosterOutput.print(outcome, store: store)
    }
}
