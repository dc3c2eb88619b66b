/// The dispatcher's spreadsheets, in the order they must be imported (later ones refer to earlier).
public enum ImportKind: String, CaseIterable, Sendable, Hashable {
    case parts, technicians, stock, jobs

    /// The file name `punctual import all DIR` looks for.
    public var fileName: String { "\(rawValue).csv" }

    public var schema: CSVSchema {
        switch self {
        case .parts: PartsImporter.schema
        case .technicians: TechniciansImporter.schema
        case .stock: StockImporter.schema
        case .jobs: JobsImporter.schema
        }
    }
}
