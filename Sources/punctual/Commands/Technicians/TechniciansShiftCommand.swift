import ArgumentParser
import Foundation
import Punctual
import PunctualCore

struct TechniciansShiftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shift",
        abstract: "A different shift for one day; a planned day is planned again.",
        discussion: "Example:\n  punctual technicians shift T02 --date saturday --hours 08:00-12:00 --reason \"covering the weekend\"")

    @OptionGroup var store: StoreOptions
    @OptionGroup var day: DateOption

    @Argument(help: "The technician.") var technician: String
    @Option(help: ArgumentHelp("The shift that day.", valueName: "HH:MM-HH:MM")) var hours: String
    @Option(help: "Why, for the history.") var reason = ""

    func validate() throws {
        if TimeOfDayRange(parsing: hours) == nil { throw ValidationError("--hours '\(hours)' is not HH:MM-HH:MM with the end after the start") }
    }

    func run() throws {
        let store = try store.openStore()
        let date = day.value(in: try store.requireProfile().calendar)
        let outcome = try RosterDesk(store: store).shift(technician, on: date, TimeOfDayRange(parsing: hours)!, actor: CLIActor.name,
                                                         reason: reason, now: day.clock.instant)
        print("\(technician) works \(hours) on \(date)")
        try RosterOutput.print(outcome, store: store)
    }
}
