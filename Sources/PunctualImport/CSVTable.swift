import Punctual
import PunctualCore
/// A CSV file read into memory: the header and each data row with the line it starts on.
///
/// Follows RFC 4180 (quoted fields may hold commas, doubled quotes and line breaks) and accepts what
/// spreadsheets write in practice: CRLF or LF line ends, a UTF-8 byte-order mark, blank lines.
public struct CSVTable: Sendable {
    public struct Row: Sendable {
        /// 1-based line of the file on which the row starts.
        public var line: Int
        public var fields: [String]
    }

    public var header: [String]
    public var rows: [Row]

    /// Parses `text`; a quote left open is reported at the line where its field began.
    public init(parsing text: String, file: String) throws(ImportError) {
        var records: [Row] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var quoteLine = 1
        var fieldWasQuoted = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = iterator.next()
        if pending == "\u{FEFF}" { pending = iterator.next() }

        func endRecord() {
            fields.append(field)
            field = ""
            if !(fields.count == 1 && fields[0].isEmpty && !fieldWasQuoted) {
                records.append(Row(line: recordLine, fields: fields))
            }
            fields = []
            fieldWasQuoted = false
        }

        while let scalar = pending {
            pending = iterator.next()
            if inQuotes {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.unicodeScalars.append("\"")
                        pending = iterator.next()
                    } else {
                        inQuotes = false
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty:
                inQuotes = true
                fieldWasQuoted = true
                quoteLine = line
            case ",":
                fields.append(field)
                field = ""
            case "\r" where pending == "\n":
                continue
            case "\n", "\r":
                endRecord()
                line += 1
                recordLine = line
            default:
                field.unicodeScalars.append(scalar)
            }
        }
        if inQuotes {
            throw .invalid([ImportIssue(file: file, line: quoteLine, column: nil,
                                        message: "a quoted field is never closed (missing \")")])
        }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { endRecord() }

        guard let first = records.first else {
            throw .invalid([ImportIssue(file: file, line: 1, column: nil, message: "the file is empty; expected a header row")])
        }
        header = first.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        rows = Array(records.dropFirst())
    }
}
