import Foundation
import Punctual
import PunctualCore

/// Imports the dispatcher's spreadsheets: reads, validates every row, and writes all of it in one
/// transaction — or, if anything is wrong anywhere, reports every problem and writes nothing.
public struct Importer: Sendable {
    public let store: Store

    public init(store: Store) {
        self.store = store
    }

    /// One spreadsheet to import and the name to report it by.
    public struct Source: Sendable {
        public var kind: ImportKind
        public var name: String
        public var contents: String

        public init(kind: ImportKind, name: String, contents: String) {
            self.kind = kind
            self.name = name
            self.contents = contents
        }

        /// Reads `url`; the issues will name the file as `name` (the path the user typed).
        public static func file(_ kind: ImportKind, at url: URL, name: String? = nil) throws(ImportError) -> Source {
            let displayName = name ?? url.path
            return Source(kind: kind, name: displayName, contents: try Importer.readText(at: url, name: displayName))
        }
    }

    /// The spreadsheets of a folder, each kind from its `fileName`, named for issues as
    /// `directory/fileName`. A missing file is skipped, unless `requireAll`, when it is an error.
    public static func sources(inFolder directory: String, requireAll: Bool) throws(ImportError) -> [Source] {
        var sources: [Source] = []
        for kind in ImportKind.allCases {
            let name = (directory as NSString).appendingPathComponent(kind.fileName)
            if !requireAll && !FileManager.default.fileExists(atPath: name) { continue }
            sources.append(try .file(kind, at: URL(fileURLWithPath: name), name: name))
        }
        return sources
    }

    /// The UTF-8 text of a spreadsheet, or an error naming the file as the user typed it (and, for
    /// text that is not UTF-8, the line of the first bad byte).
    public static func readText(at url: URL, name: String) throws(ImportError) -> String {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(file: name, detail: FileManager.default.fileExists(atPath: url.path) ? "\(error)" : "no such file")
        }
        return try UTF8Text.decode([UInt8](data), file: name)
    }

    /// Validates `sources` in order (later files may refer to earlier ones) and writes them together.
    /// With `jobsOn`, the jobs are moved so that the earliest date of the jobs file falls on that
    /// day, the others keeping their distance from it: a sample or a template day, played on any date.
    @discardableResult
    public func run(_ sources: [Source], jobsOn day: LocalDate? = nil) throws -> ImportSummary {
        let batch = try validate(sources, jobsOn: day)
        return try store.apply(batch)
    }

    /// Everything `run` checks, without writing: the batch to write, or every issue found.
    public func validate(_ sources: [Source], jobsOn day: LocalDate? = nil) throws -> ImportBatch {
        let settings = try store.requireProfile()
        var context = ImportContext(snapshot: try store.importSnapshot(), calendar: settings.calendar)
        context.callingCode = PhoneNumber.callingCode(settings: try store.settings(), timeZone: settings.timeZoneIdentifier)
        var batch = ImportBatch()
        var issues: [ImportIssue] = []
        for source in sources.sorted(by: { order($0.kind) < order($1.kind) }) {
            let table: CSVTable
            do {
                table = try CSVTable(parsing: source.contents, file: source.name)
            } catch .invalid(let found) {
                issues += found
                continue
            } catch {
                throw error
            }
            if let day, source.kind == .jobs, let earliest = Self.earliestDate(in: table) {
                context.jobDateShift = earliest.days(to: day)
            }
            issues += source.kind.importer.read(table, file: source.name, into: &batch, context: &context)
        }
        if !issues.isEmpty { throw ImportError.invalid(issues) }
        return batch
    }

    /// The earliest well-formed `date` of a jobs table; malformed ones are reported by the rows themselves.
    private static func earliestDate(in table: CSVTable) -> LocalDate? {
        guard let column = table.header.firstIndex(of: "date") else { return nil }
        return table.rows.compactMap { row in
            row.fields.indices.contains(column) ? LocalDate(parsing: row.fields[column].trimmingCharacters(in: .whitespaces)) : nil
        }.min()
    }

    private func order(_ kind: ImportKind) -> Int { ImportKind.allCases.firstIndex(of: kind)! }
}
