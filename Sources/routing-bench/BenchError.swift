/// What stops the benchmark, said so the reader can fix it.
enum BenchError: Error, CustomStringConvertible {
    case notSolomon(path: String)
    case noInstances
    case badBestKnown(path: String)

    var description: String {
        switch self {
        case let .notSolomon(path): return "\(path) is not a Solomon-format instance (no vehicle/capacity header or no customers)"
        case .noInstances: return "no instances given: pass instance paths or --dir FOLDER"
        case let .badBestKnown(path): return "\(path) could not be read as bks.csv (instance,customers,bks_distance,...,convention,...)"
        }
    }
}
