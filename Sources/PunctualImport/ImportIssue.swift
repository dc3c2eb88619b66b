import Punctual
import PunctualCore
/// One thing wrong with an imported file, located for the person who will fix the spreadsheet.
public struct ImportIssue: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    /// 1-based line of the file.
    public var line: Int
    /// The column at fault, when one is.
    public var column: String?
    public var message: String

    public init(file: String, line: Int, column: String?, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `FILE:LINE: column: what is wrong`.
    public var description: String {
        if let column { return "\(file):\(line): \(column): \(message)" }
        return "\(file):\(line): \(message)"
    }
}
