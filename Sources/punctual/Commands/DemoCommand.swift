import ArgumentParser
import Foundation
import Punctual
import PunctualCore
import PunctualReports
import PunctualSimulator

struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Show Punctual on the sample business, in a fresh temporary database.",
        discussion: """
            Imports the sample business (built into punctual, the same as the repository's data/; or \
            --data DIR), offers and books one-hour windows for the day's \
            requests on the evening before, plans and publishes the day with a progress bar, serves the \
            API on a free loopback port and plays the day at high speed through it: technicians post GPS \
            fixes and progress, the tracker forecasts every arrival, late visits are re-dispatched or \
            announced, customers answer, and the messages they receive are printed as they go. Ends \
            with the promise metrics and writes the day's HTML pages. Needs no network.
              punctual demo
              punctual demo --keep demo.sqlite --time-limit 30
            """)

    @Option(help: ArgumentHelp("Folder with business.csv, parts.csv, technicians.csv, stock.csv, jobs.csv "
                               + "(default: the sample built into punctual).", valueName: "dir"))
    var data: String?

    @Option(help: ArgumentHelp("Keep the demo database at this path instead of deleting it.", valueName: "path"))
    var keep: String?

    @Option(help: "Planning search time, seconds.")
    var timeLimit: Double = 5

    @Option(help: "Random seed of the day's noise and the customers' choices.")
    var seed: UInt64 = 1

    @Flag(help: "Play in process instead of through HTTP (faster; same services).")
    var inProcess = false

    @Option(help: ArgumentHelp("Folder for the HTML pages: plan.html (map, timelines, checklists) and day.html (metrics, messages).",
                               valueName: "dir"))
    var report: String = "out/demo"

    func validate() throws {
        if !(timeLimit > 0) { throw ValidationError("--time-limit \(timeLimit) must be a positive number of seconds") }
        try SampleFolder.check(data, option: "--data")
    }

    func run() async throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("punctual-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let path = keep ?? scratch.appendingPathComponent("demo.sqlite").path
        let store = try Store.open(path: path, create: true, concurrentReads: true)

        var options = SimulationOptions()
        options.days = 1
        options.seed = seed
        options.planSeconds = timeLimit
        options.http = !inProcess
        let started = ContinuousClock.now
        let folder = try SampleFolder.resolve(data, scratch: scratch)
        let narrator = try DemoNarrator(store: store, dataFolder: folder)
        let result = try await Simulator(options: options, businessFolder: folder).play(width: 60, store: store, narrator: narrator)

        print("\n== The promise, measured (\(Int((ContinuousClock.now - started).timeInterval)) s)")
        print(SimulationTable.render([result], noise: options.noise))
        try FileManager.default.createDirectory(atPath: report, withIntermediateDirectories: true)
        if let date = result.days.first?.date, let plan = try store.publishedPlan(on: date) {
            let planPage = (report as NSString).appendingPathComponent("plan.html")
            try PlanOutput.print(PlanReportBuilder(snapshot: try store.daySnapshot(on: date)).report(plan), format: .html, to: planPage)
            print("\n== The day's final plan (map, timelines, checklists): \(planPage)")
        }
        let dayPage = (report as NSString).appendingPathComponent("day.html")
        let calendar = try store.requireProfile().calendar
        try Data(SimulationHTML.render([result], seed: seed, messages: try store.messages(), calendar: calendar).utf8)
            .write(to: URL(fileURLWithPath: dayPage))
        print("== The promise metrics and every message customers received: \(dayPage)")
        if let keep { print("\nThe demo database is kept at \(keep).") }
    }
}
