import Punctual
import PunctualCore
/// Builds CSV text: a header row, comma-separated fields, RFC 4180 quoting, `\n` line endings.
///
/// The counterpart of `CSVTable`. Quoting only where needed (a comma, a quote or a line break) keeps files
/// readable and diffable while addresses such as "1234 S Higgins Ave, Missoula, MT 59801" survive.
public struct CSVWriter: Sendable {
    public private(set) var text: String

    public init(header: [String]) {
        text = ""
        append(header)
    }

    public mutating func append(_ fields: [String]) {
        text += fields.map(Self.escape).joined(separator: ",")
        text += "\n"
    }

    static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return field
        }
        return "\"" + String(field.flatMap { $0 == "\"" ? ["\"", "\""] : [$0] }) + "\""
    }
}
