import ArgumentParser
import Punctual
import PunctualCore
import PunctualReports

struct JobsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the jobs, optionally of one date.",
        discussion: "Example:\n  punctual jobs list --date tomorrow --format json")

    @OptionGroup var store: StoreOptions
    @OptionGroup var clock: ClockOption

    @Option(help: ArgumentHelp("Only jobs of this day: \(DayPhrase.accepted).", valueName: "day"))
    var date: String?

    @Option(help: "table or json.")
    var format: OutputFormat = .table

    func validate() throws {
        try ClockOption.checkDay(date, option: "--date")
    }

    func run() throws {
        let store = try store.openStore()
        let calendar = try store.requireProfile().calendar
        let jobs = try Listings.jobs(store, on: date.map { clock.day($0, in: calendar) })
        switch format {
        case .json:
            print(try ListingJSON.string(jobs))
        case .table:
            var table = TextTable("ID", "DATE", "CUSTOMER", "TYPE", "MIN", "PRIORITY", "SKILLS", "PARTS", "WHEN", "STATUS")
            for job in jobs {
                let when = job.window.map { "window \($0)" + (job.forcedPromise ? " (forced: at risk)" : "") }
                    ?? (job.available.isEmpty ? "any time" : job.available.joined(separator: ";"))
                table.append([
                    job.id, job.date.description, job.customer, job.type, "\(job.durationMinutes)",
                    job.priority.rawValue, job.skills.joined(separator: ";"),
                    job.parts.map { "\($0.part):\($0.quantity)" }.joined(separator: ";"), when, job.status.rawValue,
                ])
            }
            print(table.rendered)
            print("\(jobs.count) jobs")
        }
    }
}
