import Punctual
import PunctualCore
/// Why an import wrote nothing.
public enum ImportError: Error, CustomStringConvertible, Equatable {
    /// Every problem found in the files, in file and line order.
    case invalid([ImportIssue])
    case unreadable(file: String, detail: String)

    public var description: String {
        switch self {
        case .invalid(let issues):
            let noun = issues.count == 1 ? "problem" : "problems"
            return issues.map(\.description).joined(separator: "\n")
                + "\n\(issues.count) \(noun) found; nothing was imported."
        case .unreadable(let file, let detail):
            return "\(file): cannot read the file: \(detail)"
        }
    }
}
