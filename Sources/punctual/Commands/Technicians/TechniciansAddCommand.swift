import ArgumentParser
import Foundation
import Punctual
import PunctualCore

struct TechniciansAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a technician (their van's stock comes with a stock.csv import).",
        discussion: "Example:\n  punctual technicians add T09 --name \"Lee Park\" --lat 46.87 --lon -113.99 --shift 08:00-17:00 --skills hvac;plumbing")

    @OptionGroup var store: StoreOptions
    @OptionGroup var clock: ClockOption

    @Argument(help: "The new technician's id.") var id: String
    @Option(help: "Their name.") var name: String
    @Option(parsing: .unconditional, help: "Latitude where the day starts.") var lat: Double
    @Option(parsing: .unconditional, help: "Longitude where the day starts.") var lon: Double
    @Option(help: ArgumentHelp("The usual shift.", valueName: "HH:MM-HH:MM")) var shift: String
    @Option(help: "Skills, ;-separated.") var skills: String
    @Option(help: ArgumentHelp("Daily break: minutes and the window it starts in, e.g. 30@11:30-13:30.", valueName: "MIN@HH:MM-HH:MM"))
    var breakRule: String?

    func validate() throws {
        guard TimeOfDayRange(parsing: shift) != nil else { throw ValidationError("--shift '\(shift)' is not HH:MM-HH:MM with the end after the start") }
        guard GeoPoint.isValidLatitude(lat) else { throw ValidationError("--lat \(lat) is not between -90 and 90") }
        guard GeoPoint.isValidLongitude(lon) else { throw ValidationError("--lon \(lon) is not between -180 and 180") }
        guard !id.isEmpty, id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
            throw ValidationError("'\(id)' is not an id (letters, digits, '-' or '_')")
        }
        _ = try parsedBreak()
    }

    func parsedBreak() throws -> BreakRule? {
        guard let breakRule else { return nil }
        let parts = breakRule.split(separator: "@")
        guard parts.count == 2, let minutes = Int(parts[0]), minutes > 0, let range = TimeOfDayRange(parsing: String(parts[1])) else {
            throw ValidationError("--break-rule '\(breakRule)' is not MIN@HH:MM-HH:MM, e.g. 30@11:30-13:30")
        }
        return BreakRule(minutes: minutes, earliestStart: range.start, latestStart: range.end)
    }

    func run() throws {
        let store = try store.openStore()
        let skillList = Array(Set(skills.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty })).sorted()
        let technician = Technician(id: id, name: name, start: GeoPoint(latitude: lat, longitude: lon), shift: TimeOfDayRange(parsing: shift)!,
                                    skills: skillList, breakRule: try parsedBreak())
        do {
            try RosterDesk(store: store).add(technician, actor: CLIActor.name, now: clock.instant)
        } catch let error as RosterError {
            throw CommandFailure(error.description)
        }
        print("added \(id) \(name); give them a token with: punctual technicians token \(id)")
    }
}
