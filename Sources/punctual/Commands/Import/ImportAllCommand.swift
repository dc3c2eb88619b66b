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
        let folder = URL(fileURLWithPath: directory, isDirectory: true)
        let sources = try ImportKind.allCases.compactMap { kind -> Importer.Source? in
            let url = folder.appendingPathComponent(kind.fileName)
            guard FileManager.default.fileExists(atPath: url.path) else { return nil }
            return try Importer.Source.file(kind, at: url, name: (directory as NSString).appendingPathComponent(kind.fileName))
        }
        guard !sources.isEmpty else {
            throw ValidationError("\(directory) holds none of \(ImportKind.allCases.map(\.fileName).joined(separator: ", "))")
        }
        print(try Importer(store: store.openStore()).run(sources))
    }
}
