import Foundation
import PunctualTestSupport
import Testing
@testable import Punctual
@testable import PunctualImport

/// Spreadsheets are read as UTF-8 or refused at the line of the first byte that is not, in the
/// `FILE:LINE: what` form of every other import issue.
@Suite struct UTF8TextTests {
    @Test func utf8IsReadAsWrittenByteOrderMarkIncluded() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("id,name\nT1,Zoë Ødegård 東京\n".utf8)
        #expect(try UTF8Text.decode(bytes, file: "f.csv") == "\u{FEFF}id,name\nT1,Zoë Ødegård 東京\n")
        #expect(UTF8Text.firstInvalidByte(in: bytes) == nil)
    }

    /// Latin-1 `é`, a lone continuation byte, an overlong `/`, a UTF-16 surrogate, a code point past
    /// U+10FFFF, a sequence cut short, a UTF-16 byte-order mark.
    @Test(arguments: [[0xE9], [0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xE2, 0x82], [0xFF, 0xFE]] as [[UInt8]])
    func anIllFormedSequenceIsFoundWhereItStarts(bad: [UInt8]) {
        let before = Array("id,name\nT1,Zoë\nT2,Zo".utf8)
        #expect(UTF8Text.firstInvalidByte(in: before + bad + Array("\n".utf8)) == before.count)
    }

    @Test(arguments: [
        ("id,name\nT1,Zoë\nT2,Zo\u{0}\n", "f.csv:3: byte 6 of the line (0xEB) is not UTF-8 text; save the file as CSV UTF-8 and import it again"),
        ("id,name\r\nT1,Zoë\r\nT2,Zo\u{0}\r\n", "f.csv:3: byte 6 of the line (0xEB) is not UTF-8 text; save the file as CSV UTF-8 and import it again"),
        ("id,name\rT1,Zoë\r\u{0}\r", "f.csv:3: byte 1 of the line (0xEB) is not UTF-8 text; save the file as CSV UTF-8 and import it again"),
        ("\u{0}d,name\n", "f.csv:1: byte 1 of the line (0xEB) is not UTF-8 text; save the file as CSV UTF-8 and import it again"),
    ])
    func theIssueNamesTheLineOfTheFirstBadByte(text: String, issue: String) {
        // Each NUL stands for a Latin-1 `ë` (0xEB), which a Swift string cannot hold as a byte.
        let bytes = Array(text.utf8).map { $0 == 0 ? 0xEB : $0 }
        let error = #expect(throws: ImportError.self) { try UTF8Text.decode(bytes, file: "f.csv") }
        #expect(error?.description == issue + "\n1 problem found; nothing was imported.")
    }

    /// A jobs file saved as Latin-1 beside good files: the import is refused naming the line, and
    /// nothing of the good files is written.
    @Test func aFolderWithOneLatin1FileImportsNothing() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (kind, text) in [(ImportKind.parts, Fixtures.parts), (.technicians, Fixtures.technicians), (.stock, Fixtures.stock)] {
            try Data(text.utf8).write(to: folder.appendingPathComponent(kind.fileName))
        }
        var jobs = Array(Fixtures.jobs.utf8)
        let second = try #require(jobs.indices.filter { jobs[$0] == UInt8(ascii: "\n") }.dropFirst().first)
        jobs.insert(0xE9, at: second + 5)
        try Data(jobs).write(to: folder.appendingPathComponent(ImportKind.jobs.fileName))

        let store = try Fixtures.store()
        let error = #expect(throws: ImportError.self) {
            try Importer(store: store).run(Importer.sources(inFolder: folder.path, requireAll: false))
        }
        guard case .invalid(let issues) = error else { Issue.record("\(String(describing: error))"); return }
        #expect(issues.map(\.file) == [folder.appendingPathComponent(ImportKind.jobs.fileName).path])
        #expect(issues.map(\.line) == [3])
        #expect(try store.parts().isEmpty)
        #expect(try store.technicians().isEmpty)
    }
}
