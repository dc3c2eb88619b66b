import ArgumentParser
import Foundation
import Punctual
import PunctualCore
import PunctualImport

/// The shape every single-file import shares: a store, a file, and the kind of spreadsheet.
protocol ImportFileCommand: ParsableCommand {
    static var kind: ImportKind { get }
    var store: StoreOptions { get }
    var file: String { get }
    /// `--on`, for the imports that bring jobs.
    var move: MoveJobsOption? { get }
}

extension ImportFileCommand {
    static func importConfiguration(example: String) -> CommandConfiguration {
        CommandConfiguration(
            commandName: kind.rawValue,
            abstract: "Import \(kind.rawValue) from a CSV file.",
            discussion: """
                Columns (any order): \(kind.schema.required.joined(separator: ","))
                Optional columns: \(kind.schema.optional.isEmpty ? "none" : kind.schema.optional.joined(separator: ","))
                Example:
                  punctual import \(kind.rawValue) \(example)
                """)
    }

    func run() throws {
        let source = try Importer.Source.file(Self.kind, at: URL(fileURLWithPath: file), name: file)
        let store = try store.openStore()
        let summary = try Importer(store: store).run([source], jobsOn: try move?.day(in: store))
        print(summary)
    }
}

struct ImportPartsCommand: ImportFileCommand {
    static let kind = ImportKind.parts
    static let configuration = importConfiguration(example: "data/parts.csv")
    @OptionGroup var store: StoreOptions
    @Argument(help: "The CSV file.") var file: String
    var move: MoveJobsOption? { nil }
}

struct ImportTechniciansCommand: ImportFileCommand {
    static let kind = ImportKind.technicians
    static let configuration = importConfiguration(example: "data/technicians.csv")
    @OptionGroup var store: StoreOptions
    @Argument(help: "The CSV file.") var file: String
    var move: MoveJobsOption? { nil }
}

struct ImportStockCommand: ImportFileCommand {
    static let kind = ImportKind.stock
    static let configuration = importConfiguration(example: "data/stock.csv")
    @OptionGroup var store: StoreOptions
    @Argument(help: "The CSV file.") var file: String
    var move: MoveJobsOption? { nil }
}

struct ImportJobsCommand: ImportFileCommand {
    static let kind = ImportKind.jobs
    static let configuration = importConfiguration(example: "data/jobs.csv --on tomorrow")
    @OptionGroup var store: StoreOptions
    @OptionGroup var moveJobs: MoveJobsOption
    @Argument(help: "The CSV file.") var file: String
    var move: MoveJobsOption? { moveJobs }
}
