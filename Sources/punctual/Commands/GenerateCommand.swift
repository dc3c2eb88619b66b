import ArgumentParser
import Foundation
import Punctual

/// `punctual generate`: writes a sample business of a chosen size, for demos and benchmarks.
///
/// The checked-in `data/` is this command's output with the defaults; bigger businesses of the
/// same shape let the planner and the server be measured at realistic scale.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate a sample field-service business in Missoula, Montana, as CSV files.",
        discussion: """
            Writes business.csv, parts.csv, technicians.csv, stock.csv and jobs.csv for one working \
            day; the same options and seed always give the same bytes.

            Example:
              punctual generate --technicians 100 --jobs 1000 --seed 7 --out big/
            """)

    /// Largest sizes accepted: beyond them the fictional phone numbers (555-01XX) would repeat.
    static let maximumTechnicians = 1000
    static let maximumJobs = 5000

    @Option(help: "Number of technicians.")
    var technicians = SampleBusinessGenerator.defaultTechnicians

    @Option(help: "Number of jobs on the day.")
    var jobs = SampleBusinessGenerator.defaultJobs

    @Option(help: "The working day, YYYY-MM-DD.")
    var date = SampleBusinessGenerator.defaultDate

    @Option(help: "Random seed; equal seeds give equal files.")
    var seed = SampleBusinessGenerator.defaultSeed

    @Option(help: "Directory to write the CSV files into (created if missing).")
    var out: String

    func validate() throws {
        guard (1...Self.maximumTechnicians).contains(technicians) else {
            throw ValidationError(
                "--technicians must be between 1 and \(Self.maximumTechnicians), got \(technicians).")
        }
        guard (1...Self.maximumJobs).contains(jobs) else {
            throw ValidationError("--jobs must be between 1 and \(Self.maximumJobs), got \(jobs).")
        }
        guard LocalDate(parsing: date) != nil else {
            throw ValidationError("--date must be a calendar date written YYYY-MM-DD, got '\(date)'.")
        }
    }

    func run() throws {
        let business = SampleBusinessGenerator(
            technicians: technicians, jobs: jobs, date: date, seed: seed
        ).generate()
        let directory = URL(fileURLWithPath: out, isDirectory: true)
        try business.write(to: directory)
        for file in business.files {
            let rows = file.contents.split(separator: "\n").count - 1
            print("wrote \(directory.appendingPathComponent(file.name).path) (\(rows) rows)")
        }
    }
}
