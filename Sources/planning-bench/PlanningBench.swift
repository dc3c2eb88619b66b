import ArgumentParser
import Foundation
import Punctual
import PunctualCore

/// Plans the sample day and a large generated day and reports time, quality and phases.
@main
struct PlanningBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "planning-bench",
        abstract: "Benchmark the planner: the sample day and a generated day of 100 technicians and 1000 jobs.",
        discussion: """
        Each day is imported into an in-memory store and planned as `punctual plan` would; prints a Markdown table of wall time, jobs served and left out, broken promises, travel and overtime, then one of the phases. Targets (release build): the sample day in ≤ 10 s and the large day in ≤ 60 s, both with zero broken promises; an offer for one job against ~1000 booked jobs in ≤ 100 ms; the rest of the sample day re-planned after a slipped morning in ≤ 2 s.

        Example (release build):

          swift build -c release --product planning-bench
          .build/release/planning-bench --data data --seed 1
          .build/release/planning-bench --only large --time-limit 30
        """
    )

    /// The parts of the benchmark: planning the sample day, planning the large day, and offering
    /// windows for one job against the large day with its routed jobs all promised.
    enum Part: String, CaseIterable, ExpressibleByArgument {
        case sample, large, offer, recovery
    }

    @Option(help: "Folder of the sample business (business.csv, parts.csv, technicians.csv, stock.csv, jobs.csv).")
    var data: String = "data"

    @Option(help: "Search seconds for every day (default: 10 for the sample day, 60 for the large one).")
    var timeLimit: Double?

    @Option(help: "Cap on search iterations (makes a run reproducible; the time limit still applies).")
    var iterations: Int?

    @Option(help: "Solver seed.")
    var seed: UInt64 = 1

    @Option(help: "Seed of the generated business.")
    var businessSeed: UInt64 = 1

    @Option(help: "Technicians of the large day.")
    var technicians: Int = 100

    @Option(help: "Jobs of the large day.")
    var jobs: Int = 1000

    @Option(help: "Run one part only: \(Part.allCases.map(\.rawValue).joined(separator: " or ")).")
    var only: Part?

    func validate() throws {
        if let timeLimit, timeLimit <= 0 { throw ValidationError("--time-limit must be positive, got \(timeLimit)") }
        if let iterations, iterations <= 0 { throw ValidationError("--iterations must be positive, got \(iterations)") }
        if technicians <= 0 { throw ValidationError("--technicians must be positive, got \(technicians)") }
        if jobs <= 0 { throw ValidationError("--jobs must be positive, got \(jobs)") }
    }

    var days: [BenchDay] {
        let parts = only.map { [$0] } ?? Part.allCases
        return parts.compactMap { part in
            switch part {
            case .sample: .sample(folder: data, timeLimit: timeLimit ?? 10)
            case .large: .generated(technicians: technicians, jobs: jobs, seed: businessSeed, timeLimit: timeLimit ?? 60)
            case .offer, .recovery: nil
            }
        }
    }

    func run() throws {
        var rows: [BenchFigures] = []
        if only == nil || only == .offer {
            say("offering windows against the large day with every routed job promised…")
            let day = BenchDay.generated(technicians: technicians, jobs: jobs, seed: businessSeed, timeLimit: timeLimit ?? 10)
            say(OfferBenchmark.table(try OfferBenchmark.run(day, seed: seed)))
            say("")
        }
        if only == nil || only == .recovery {
            say("re-planning the rest of the sample day after a slipped morning…")
            say(RecoveryBenchmark.table(try RecoveryBenchmark.run(.sample(folder: data, timeLimit: timeLimit ?? 10), seed: seed)))
            say("")
        }
        for day in days {
            say("planning the \(day.name) day (\(String(format: "%.0f", day.timeLimit)) s search)…")
            rows.append(try DayBenchmark.run(day, seed: seed, iterations: iterations))
        }
        guard !rows.isEmpty else { return }
        say("")
        say(BenchTable.results(rows))
        say("")
        say(BenchTable.phases(rows))
    }

    /// Writes a line unbuffered, so progress shows even when output goes to a file.
    func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
