import ArgumentParser
import Punctual

struct JobsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the jobs, optionally of one date.",
        discussion: "Example:\n  punctual jobs list --date 2026-11-24 --format json")

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("Only jobs of this local date.", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(help: "table or json.")
    var format: OutputFormat = .table

    func validate() throws {
        if let date, LocalDate(parsing: date) == nil {
            throw ValidationError("--date '\(date)' is not a date YYYY-MM-DD")
        }
    }

    func run() throws {
        let jobs = try Listings.jobs(store.openStore(), on: date.flatMap(LocalDate.init(parsing:)))
        switch format {
        case .json:
            print(try ListingJSON.string(jobs))
        case .table:
            var table = TextTable("ID", "DATE", "CUSTOMER", "TYPE", "MIN", "PRIORITY", "SKILLS", "PARTS", "WHEN", "STATUS")
            for job in jobs {
                let when = job.window.map { "window \($0)" }
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
