import ArgumentParser
import Foundation
import Punctual
import PunctualCore
import PunctualImport

struct ImportAllCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "all",
        abstract: "Import parts.csv, technicians.csv, stock.csv and jobs.csv from a folder, together.",
        discussion: """
            Files that are missing are skipped; the rest land in one transaction or not at all. \
            --on moves the jobs to another day (the sample's day has passed; play it tomorrow).
              punctual import all data/
              punctual import all data/ --on tomorrow
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var move: MoveJobsOption

    @Argument(help: "The folder holding the CSV files.")
    var directory: String

    func run() throws {
        let sources = try Importer.sources(inFolder: directory, requireAll: false)
        guard !sources.isEmpty else {
            throw CommandFailure("\(directory) holds none of \(ImportKind.allCases.map(\.fileName).joined(separator: ", "))")
        }
        let store = try store.openStore()
        print(try Importer(store: store).run(sources, jobsOn: try move.day(in: store)))
    }
}
