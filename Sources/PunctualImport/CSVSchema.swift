import Punctual
import PunctualCore
/// The columns a kind of spreadsheet may have: which must be there and which may.
public struct CSVSchema: Sendable {
    public var required: [String]
    public var optional: [String]

    public init(required: [String], optional: [String]) {
        self.required = required
        self.optional = optional
    }

    public var allColumns: [String] { required + optional }

    /// Problems with the header row: unknown, repeated or missing columns, all reported together.
    func check(header: [String], file: String) -> [ImportIssue] {
        var issues: [ImportIssue] = []
        var seen: Set<String> = []
        for column in header {
            if column.isEmpty {
                issues.append(ImportIssue(file: file, line: 1, column: nil, message: "the header has an empty column name"))
            } else if !allColumns.contains(column) {
                issues.append(ImportIssue(file: file, line: 1, column: column,
                                          message: "unknown column; expected some of: \(allColumns.joined(separator: ","))"))
            } else if !seen.insert(column).inserted {
                issues.append(ImportIssue(file: file, line: 1, column: column, message: "column appears twice"))
            }
        }
        for column in required where !header.contains(column) {
            issues.append(ImportIssue(file: file, line: 1, column: column, message: "required column is missing"))
        }
        return issues
    }
}
