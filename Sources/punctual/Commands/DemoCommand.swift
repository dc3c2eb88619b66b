import ArgumentParser
import Foundation
import Punctual

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Show Punctual on the sample business, in a fresh temporary database.",
        discussion: """
            Imports the sample business from data/ and shows the team and the day's jobs.
            (Planning, tracking and messaging join the demo as they are built.)
              punctual demo
              punctual demo --data big/ --keep demo.sqlite
            """)

    @Option(help: ArgumentHelp("Folder with business.csv, parts.csv, technicians.csv, stock.csv, jobs.csv.", valueName: "dir"))
    var data: String = "data"

    @Option(help: ArgumentHelp("Keep the demo database at this path instead of deleting it.", valueName: "path"))
    var keep: String?

    func run() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("punctual-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let path = keep ?? scratch.appendingPathComponent("demo.sqlite").path

        let settings = try BusinessFile.load(path: (data as NSString).appendingPathComponent("business.csv"))
        let store = try Store.open(path: path, create: true)
        try store.saveSettings(settings)
        print("== \(settings.name) — \(settings.timeZoneIdentifier), depot \(settings.depotAddress)")

        let sources = try Importer.sources(inFolder: data, requireAll: true)
        print("\n== Import (one transaction)\n\(try Importer(store: store).run(sources))")

        let technicians = try Listings.technicians(store)
        print("\n== The team")
        var team = TextTable("ID", "NAME", "SKILLS", "SHIFT", "VAN STOCK")
        for technician in technicians {
            team.append([technician.id, technician.name, technician.skills.joined(separator: ";"),
                         "\(technician.shiftStart)-\(technician.shiftEnd)",
                         "\(technician.stockUnits) units of \(technician.stock.count) parts"])
        }
        print(team.rendered)

        let jobs = try Listings.jobs(store)
        for date in Set(jobs.map(\.date)).sorted() {
            let day = jobs.filter { $0.date == date }
            let minutes = day.reduce(0) { $0 + $1.durationMinutes }
            let promised = day.filter { $0.window != nil }.count
            let bySkill = Dictionary(grouping: day, by: { $0.skills.joined(separator: ";") })
                .map { "\($0.key) \($0.value.count)" }.sorted().joined(separator: ", ")
            let byPriority = Priority.allCases.map { priority in
                "\(priority.rawValue) \(day.filter { $0.priority == priority }.count)"
            }.joined(separator: ", ")
            print("\n== \(date): \(day.count) jobs, \(minutes / 60) h \(minutes % 60) min of work")
            print("   promised one-hour windows: \(promised); with customer availability: \(day.filter { !$0.available.isEmpty }.count)")
            print("   by skill: \(bySkill)")
            print("   by priority: \(byPriority)")
        }
        if let keep { print("\nThe demo database is kept at \(keep).") }
    }
}
