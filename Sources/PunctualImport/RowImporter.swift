import Punctual
import PunctualCore
/// One kind of spreadsheet: its columns and how a row becomes part of an `ImportBatch`.
protocol RowImporter {
    static var schema: CSVSchema { get }
    /// The columns whose values must not repeat within one file (a row's identity).
    static var keyColumns: [String] { get }
    /// Validates one row; adds it to `batch` only when the row has no issue (including any found
    /// before, such as a repeated id).
    static func read(_ row: inout RowReader, into batch: inout ImportBatch, context: inout ImportContext)
}

extension RowImporter {
    static var keyColumns: [String] { ["id"] }
}

extension RowImporter {
    /// Reads every row of `table`, reporting repeated values of `keyColumns` within the file.
    static func read(_ table: CSVTable, file: String, into batch: inout ImportBatch, context: inout ImportContext) -> [ImportIssue] {
        var issues = schema.check(header: table.header, file: file)
        guard issues.isEmpty else { return issues }
        var firstLineByKey: [[String]: Int] = [:]
        for row in table.rows {
            var reader = RowReader(file: file, line: row.line, header: table.header, fields: row.fields)
            reader.callingCode = context.callingCode
            if row.fields.count > table.header.count {
                reader.fail(nil, "the row has \(row.fields.count) fields but the header has \(table.header.count)")
            }
            let key = keyColumns.map { reader.text($0) }
            if key.allSatisfy({ !$0.isEmpty }) {
                if let first = firstLineByKey[key] {
                    reader.fail(keyColumns.joined(separator: "+"), "'\(key.joined(separator: "+"))' repeats line \(first)")
                } else {
                    firstLineByKey[key] = row.line
                }
            }
            read(&reader, into: &batch, context: &context)
            issues += reader.issues
        }
        return issues
    }
}
