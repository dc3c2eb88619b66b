import ArgumentParser
import Foundation
import Punctual

struct ImportAllCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "all",
        abstract: "Import parts.csv, technicians.csv, stock.csv and jobs.csv from a folder, together.",
        discussion: """
            Files that are missing are skipped; the rest land in one transaction or not at all.
              punctual import all data/
            """)

    @OptionGroup var store: StoreOptions

    @Argument(help: "The folder holding the CSV files.")
    var directory: String

    func run() throws {
        let sources = try Importer.sources(inFolder: directory, requireAll: false)
        guard !sources.isEmpty else {
            throw ValidationError("\(directory) holds none of \(ImportKind.allCases.map(\.fileName).joined(separator: ", "))")
        }
        print(try Importer(store: store.openStore()).run(sources))
    }
}
