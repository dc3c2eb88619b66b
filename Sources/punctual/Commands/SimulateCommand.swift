import ArgumentParser
import Foundation
import Punctual
import PunctualCore
import PunctualReports
import PunctualSimulator

struct SimulateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Play working days with realistic noise and measure how well the promised windows are kept.",
        discussion: """
            Each policy (window width) plays the same seeded days in a fresh database of its own: the \
            evening before, each request is offered windows and books one; each morning the day is planned \
            and published; then technicians drive and work with noisy travel and service times, posting \
            positions and progress through the technician API, while the responder re-dispatches or warns, \
            the outbox sends, and customers answer running-late texts (most wait, some rebook). Results \
            are deterministic for a seed.
              punctual simulate --days 5 --width 60,120,240 --report out/simulate.html
              punctual simulate --days 1 --http --format json
              punctual simulate --set planning.promise_buffer_minutes=30 --set tracking.late_threshold=0.6
              punctual simulate --business my-business --days 10 --noise travel.bias=1.2 --noise service.type_bias_sigma=0.25

            Noise (--noise KEY=VALUE; defaults in brackets; the report prints the profile it ran):
            \(NoiseParameter.allCases.map { "  \($0.rawValue) [\(SimulationTable.number(NoiseModel()[$0]))]: \($0.help)" }.joined(separator: "\n"))
            """)

    @Option(help: "Working days to play, from the sample day on.")
    var days = 5

    @Option(help: "Random seed; the same seed plays the same days.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("Offered window widths to compare, minutes, comma-separated.", valueName: "minutes,..."))
    var width = "60"

    @Option(help: ArgumentHelp("Folder with the business (business, parts, technicians, stock, jobs CSV; "
                               + "default: the sample built into punctual).", valueName: "dir"))
    var business: String?

    @Option(help: ArgumentHelp("Requests per generated day (default: as many as the sample day has).", valueName: "n"))
    var jobsPerDay: Int?

    @Option(help: "Search iterations of each morning's plan: a fixed amount of work, so a seed replays exactly on any machine.")
    var planIterations = 1_000

    @Option(help: "The most time each morning's plan may take, seconds (a cap that ends the search before its iterations).")
    var planSeconds = 120.0

    @Option(name: .customLong("set"), help: ArgumentHelp("A setting to play under, KEY=VALUE (repeatable); see punctual settings list.",
                                                         valueName: "key=value"))
    var settings: [String] = []

    @Option(help: "Chance that a technician calls in sick on a day (06:40-07:20); the desk adjusts the day.")
    var sickChance = SimulationOptions().sickChance

    @Option(help: "Chance that a customer with a promise calls to cancel on the day (07:00-12:00).")
    var cancelChance = SimulationOptions().cancelChance

    @Option(help: ArgumentHelp("A noise parameter, KEY=VALUE (repeatable); the keys are listed below.", valueName: "key=value"))
    var noise: [String] = []

    @Flag(help: "Go through HTTP to the API served on a free loopback port, instead of in process.")
    var http = false

    @Option(help: "table or json.")
    var format: OutputFormat = .table

    @Option(help: ArgumentHelp("Also write an HTML report with the plots to this path.", valueName: "path"))
    var report: String?

    @Option(help: ArgumentHelp("Keep each policy's database in this folder instead of deleting it.", valueName: "dir"))
    var keep: String?

    var widths: [Int] { width.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) } }

    /// `--set` parsed and checked.
    func parsedSettings() throws -> [SettingKey: String] {
        var parsed: [SettingKey: String] = [:]
        for item in settings {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let key = SettingKey(rawValue: parts[0]) else {
                throw ValidationError("--set '\(item)' must be KEY=VALUE with a key from punctual settings list")
            }
            if let problem = key.problem(with: parts[1]) { throw ValidationError("--set \(key.rawValue): \(problem)") }
            parsed[key] = parts[1]
        }
        return parsed
    }

    /// `--noise` applied to the default profile, checked.
    func noiseModel() throws -> NoiseModel {
        var model = NoiseModel()
        for item in noise {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let parameter = NoiseParameter(rawValue: parts[0]) else {
                throw ValidationError("--noise '\(item)' must be KEY=VALUE with a key listed in punctual simulate --help")
            }
            guard let value = Double(parts[1]) else { throw ValidationError("--noise \(parameter.rawValue): '\(parts[1])' is not a number") }
            if let problem = parameter.problem(with: value) { throw ValidationError("--noise \(parameter.rawValue) \(parts[1]) \(problem)") }
            model[parameter] = value
        }
        return model
    }

    func validate() throws {
        _ = try parsedSettings()
        _ = try noiseModel()
        if !(1...30).contains(days) { throw ValidationError("--days \(days) must be between 1 and 30") }
        let parts = width.split(separator: ",")
        guard !parts.isEmpty, parts.count == widths.count, widths.allSatisfy({ (15...480).contains($0) }) else {
            throw ValidationError("--width '\(width)' must be minutes between 15 and 480, comma-separated, e.g. 60,120,240")
        }
        if let jobsPerDay, !(1...2_000).contains(jobsPerDay) { throw ValidationError("--jobs-per-day \(jobsPerDay) must be between 1 and 2000") }
        for (name, value) in [("--sick-chance", sickChance), ("--cancel-chance", cancelChance)] where !(0...1).contains(value) {
            throw ValidationError("\(name) \(value) must be a chance between 0 and 1")
        }
        if planIterations < 1 { throw ValidationError("--plan-iterations \(planIterations) must be 1 or more") }
        if !(planSeconds > 0) { throw ValidationError("--plan-seconds \(planSeconds) must be a positive number of seconds") }
        try SampleFolder.check(business, option: "--business")
    }

    func run() async throws {
        var options = SimulationOptions()
        options.days = days
        options.seed = seed
        options.widths = widths
        options.jobsPerDay = jobsPerDay
        options.planSeconds = planSeconds
        options.planIterations = planIterations
        options.http = http
        options.sickChance = sickChance
        options.cancelChance = cancelChance
        options.settings = try parsedSettings()
        options.noise = try noiseModel()
        let started = ContinuousClock.now
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("punctual-simulate-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let results = try await Simulator(options: options, businessFolder: try SampleFolder.resolve(business, scratch: scratch))
            .run(storeFolder: keep.map { URL(fileURLWithPath: $0) }) { width, date in
            FileHandle.standardError.write(Data("simulating \(width)-minute windows, \(date)…\n".utf8))
        }
        switch format {
        case .json:
            print(try ListingJSON.string(SimulationJSON(seed: seed, days: days, transport: http ? "http" : "in-process",
                                                        noise: Dictionary(uniqueKeysWithValues: options.noise.profile.map { ($0.key, $0.value) }),
                                                        policies: results)))
        case .table:
            print(SimulationTable.render(results, noise: options.noise))
            print("\n\(days) day(s) × \(results.count) polic\(results.count == 1 ? "y" : "ies") in \(Int((ContinuousClock.now - started).timeInterval)) s, seed \(seed)")
        }
        if let report {
            let folder = (report as NSString).deletingLastPathComponent
            if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            try Data(SimulationHTML.render(results, seed: seed).utf8).write(to: URL(fileURLWithPath: report))
            FileHandle.standardError.write(Data("report written to \(report)\n".utf8))
        }
    }
}

/// `punctual simulate --format json`.
struct SimulationJSON: Encodable {
    var seed: UInt64
    var days: Int
    var transport: String
    /// The noise profile the days were played under.
    var noise: [String: Double]
    var policies: [PolicyResult]
}
