import ArgumentParser
import Foundation
import Punctual
import PunctualCore
import PunctualSample

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

            The day defaults to tomorrow in the business's time zone (America/Denver); the checked-in \
            data/ is `--date 2026-11-24` with the other defaults.

            Example:
              punctual generate --technicians 100 --jobs 1000 --seed 7 --out big/
              punctual generate --date friday --out friday/
            """)

    /// Largest sizes accepted: beyond them the fictional phone numbers (555-01XX) would repeat.
    static let maximumTechnicians = 1000
    static let maximumJobs = 5000

    @Option(help: "Number of technicians.")
    var technicians = SampleBusinessGenerator.defaultTechnicians

    @Option(help: "Number of jobs on the day.")
    var jobs = SampleBusinessGenerator.defaultJobs

    @Option(help: ArgumentHelp("The working day: \(DayPhrase.accepted) (default: tomorrow).", valueName: "day"))
    var date = "tomorrow"

    @OptionGroup var clock: ClockOption

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
        try ClockOption.checkDay(date, option: "--date")
    }

    func run() throws {
        let calendar = BusinessCalendar(timeZone: TimeZone(identifier: SampleBusinessGenerator.timeZone)!)
        let business = SampleBusinessGenerator(
            technicians: technicians, jobs: jobs, date: clock.day(date, in: calendar).description, seed: seed
        ).generate()
        let directory = URL(fileURLWithPath: out, isDirectory: true)
        try business.write(to: directory)
        for file in business.files {
            let rows = file.contents.split(separator: "\n").count - 1
            print("wrote \(directory.appendingPathComponent(file.name).path) (\(rows) rows)")
        }
    }
}
