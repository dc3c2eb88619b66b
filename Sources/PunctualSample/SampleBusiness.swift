import Foundation
import Punctual
import PunctualCore

/// A generated sample business: the text of each CSV file the importer reads.
///
/// Kept as text rather than domain values so the generator stays independent of the store's model,
/// and so `data/` can be compared byte for byte with what a seed produces.
public struct SampleBusiness: Sendable, Equatable {
    /// `business.csv`: name, time zone and depot.
    public let business: String
    /// `parts.csv`: the parts catalogue.
    public let parts: String
    /// `technicians.csv`: people, shifts, start and end points, skills, breaks.
    public let technicians: String
    /// `stock.csv`: what each van carries.
    public let stock: String
    /// `jobs.csv`: the day's jobs.
    public let jobs: String

    /// The file names, in the order an importer should read them (referenced data first).
    public static let fileNames = ["business.csv", "parts.csv", "technicians.csv", "stock.csv", "jobs.csv"]

    /// Each file's name and contents, in `fileNames` order.
    public var files: [(name: String, contents: String)] {
        zip(Self.fileNames, [business, parts, technicians, stock, jobs]).map { ($0, $1) }
    }

    /// Writes every file into `directory`, creating it if needed, replacing files of the same name.
    public func write(to directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for file in files {
            try Data(file.contents.utf8).write(
                to: directory.appendingPathComponent(file.name), options: .atomic)
        }
    }
}
