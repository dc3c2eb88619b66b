import Punctual
import PunctualCore
/// The dispatcher's spreadsheets, in the order they must be imported (later ones refer to earlier).
public enum ImportKind: String, CaseIterable, Sendable, Hashable {
    case parts, technicians, stock, jobs

    /// The file name `punctual import all DIR` looks for.
    public var fileName: String { "\(rawValue).csv" }

    public var schema: CSVSchema { importer.schema }

    /// The importer that reads this kind of spreadsheet.
    var importer: any RowImporter.Type {
        switch self {
        case .parts: PartsImporter.self
        case .technicians: TechniciansImporter.self
        case .stock: StockImporter.self
        case .jobs: JobsImporter.self
        }
    }
}
