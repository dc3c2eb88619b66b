import ArgumentParser
import Foundation
import Punctual
import PunctualCore
import PunctualImport

struct JobsAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add one job, as a customer asks for it on the phone.",
        discussion: """
            The same fields and checks as a row of jobs.csv. Phone numbers may be written the national way \
            ("(509) 555-1234"): they are read as numbers of the business's country (setting phone.country_code). \
            A window is promised afterwards, with `punctual offer` and `punctual book`.

            Example:
              punctual jobs add --customer "Ana Ruiz" --phone "(406) 555-0142" --lat 46.87 --lon -113.99 \\
                --type ac-repair --duration 60 --date tomorrow --skills hvac --parts capacitor:1
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var clock: ClockOption

    @Option(help: "Job id (default: the next free J number).") var id: String?
    @Option(help: "The customer's name.") var customer: String
    @Option(help: "The customer's phone, E.164 or national.") var phone: String
    @Option(help: "The customer's email.") var email: String?
    @Option(help: "sms, email or both.") var notify: String?
    @Option(parsing: .unconditional, help: "Latitude of the address.") var lat: String
    @Option(parsing: .unconditional, help: "Longitude of the address (a negative one as it is: --lon -113.99).") var lon: String
    @Option(help: "The street address.") var address: String?
    @Option(help: "The kind of work, e.g. ac-repair.") var type: String
    @Option(help: "Expected minutes on site.") var duration: String
    @Option(help: ArgumentHelp("The day: \(DayPhrase.accepted).", valueName: "day")) var date: String
    @Option(help: "Skills needed, ;-separated.") var skills: String?
    @Option(help: "Parts needed, part:quantity;…") var parts: String?
    @Option(help: "low, normal, high or emergency.") var priority: String?
    @Option(help: "When the customer can be there, HH:MM-HH:MM;…") var available: String?
    @Option(help: "Notes for the technician.") var notes: String?

    func validate() throws {
        try ClockOption.checkDay(date, option: "--date")
    }

    func run() throws {
        let store = try store.openStore()
        let calendar = try store.requireProfile().calendar
        var values: [String: String] = [
            "customer": customer, "phone": phone, "lat": lat, "lon": lon, "type": type, "duration_minutes": duration,
            "date": clock.day(date, in: calendar).description,
        ]
        let optional: [(String, String?)] = [("id", id), ("email", email), ("notify", notify), ("address", address), ("skills", skills),
                                             ("parts", parts), ("priority", priority), ("available", available), ("notes", notes)]
        for (field, value) in optional { if let value { values[field] = value } }
        do {
            let job = try JobIntake(store: store).add(values, actor: CLIActor.name, now: clock.instant) { field in
                "--" + (field == "duration_minutes" ? "duration" : field.replacingOccurrences(of: "_", with: "-"))
            }
            print("added \(job.id) for \(job.date) (\(job.durationMinutes) min \(job.type)); "
                + "offer it windows with: punctual offer \(job.id)")
        } catch let failure as JobIntake.Failure {
            throw CommandFailure(failure.description)
        }
    }
}
