import ArgumentParser
import Foundation
import Punctual
import PunctualCore

struct TechniciansAbsentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "absent",
        abstract: "A technician is off (sick, leaving early, an appointment): their day is planned again.",
        discussion: """
            Their promised visits go to others who can keep the window; each customer whose technician \
            changes is told who comes instead; a promise nobody can keep goes to the customer with new times \
            and to the inbox.

            Example:
              punctual technicians absent T03 --date today --from 07:10 --reason "called in sick"
              punctual technicians absent T05 --date friday --from 14:00 --reason "dentist"
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var day: DateOption

    @Argument(help: "The technician.") var technician: String
    @Option(help: ArgumentHelp("Away from (default: the start of the day).", valueName: "HH:MM")) var from: String?
    @Option(help: ArgumentHelp("Away until (default: the end of the day).", valueName: "HH:MM")) var until: String?
    @Option(help: "Why, for the history.") var reason = ""

    func validate() throws {
        for (name, value) in [("--from", from), ("--until", until)] {
            if let value, TimeOfDay(parsing: value) == nil { throw ValidationError("\(name) '\(value)' is not a time HH:MM") }
        }
    }

    func run() throws {
        let store = try store.openStore()
        let date = day.value(in: try store.requireProfile().calendar)
        let outcome = try RosterDesk(store: store).absent(technician, on: date, from: from.flatMap(TimeOfDay.init(parsing:)),
                                                          until: until.flatMap(TimeOfDay.init(parsing:)), actor: CLIActor.name,
                                                          reason: reason, now: day.clock.instant)
        print("\(technician) recorded absent on \(date)")
        try RosterOutput.print(outcome, store: store)
    }
}
