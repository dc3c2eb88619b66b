import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualImport

@Suite struct CSVTableTests {
    @Test func readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws {
        let table = try CSVTable(parsing: "a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\n", file: "f.csv")
        #expect(table.header == ["a", "b"])
        #expect(table.rows.map(\.fields) == [["x, y", "say \"hi\""], ["two\nlines", "z"]])
        #expect(table.rows.map(\.line) == [2, 3])
    }

    @Test func rowsKeepTheirLineNumbersAcrossBlankLinesAndMultilineFields() throws {
        let table = try CSVTable(parsing: "a\n\n1\n\"2\n2\"\n\n3", file: "f.csv")
        #expect(table.rows.map(\.line) == [3, 4, 7])
    }

    @Test func ignoresAByteOrderMarkAndNormalisesHeaderCase() throws {
        let table = try CSVTable(parsing: "\u{FEFF}ID, Name\n1,x\n", file: "f.csv")
        #expect(table.header == ["id", "name"])
    }

    @Test func anUnclosedQuoteIsReportedWhereItOpened() {
        #expect(throws: ImportError.invalid([ImportIssue(file: "f.csv", line: 3, column: nil,
                                                         message: "a quoted field is never closed (missing \")")])) {
            try CSVTable(parsing: "a,b\n1,2\n3,\"oops\n4,5\n", file: "f.csv")
        }
    }

    @Test func anEmptyFileHasNoHeader() {
        #expect(throws: ImportError.self) { try CSVTable(parsing: "", file: "f.csv") }
    }
}
