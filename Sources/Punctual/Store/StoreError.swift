import PunctualCore
/// Why the store could not be used, written for the dispatcher who typed the command.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    case missingDatabase(path: String)
    case alreadyExists(path: String)
    case notInitialized
    case unusable(path: String, detail: String)
    case unknownPlan(id: Int64)
    case invalidSetting(key: String, detail: String)

    public var description: String {
        switch self {
        case .missingDatabase(let path):
            "no database at \(path): run `punctual init` first, or point --db (or PUNCTUAL_DB) at an existing one"
        case .alreadyExists(let path):
            "\(path) already holds a Punctual database; choose another --db path or remove the file"
        case .notInitialized:
            "the database has no business settings: run `punctual init` first"
        case .unusable(let path, let detail):
            "cannot open \(path) as a Punctual database: \(detail)"
        case .unknownPlan(let id):
            "there is no plan with id \(id)"
        case .invalidSetting(let key, let detail):
            "setting \(key): \(detail)"
        }
    }
}
