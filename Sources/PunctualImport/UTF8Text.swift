import Punctual
import PunctualCore

/// A spreadsheet's bytes as text, which must be UTF-8. A sheet saved as plain "CSV" rather than
/// "CSV UTF-8" comes out in Windows-1252 or Latin-1, where `é` is the single byte 0xE9: the file is
/// refused at the line of the first byte that is not UTF-8, so the dispatcher knows which name or
/// address to look at, rather than imported with that text mangled.
enum UTF8Text {
    static func decode(_ bytes: [UInt8], file: String) throws(ImportError) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let offset = firstInvalidByte(in: bytes) ?? 0
        var line = 1, lineStart = 0
        for index in 0..<offset where bytes[index] == UInt8(ascii: "\n")
            || (bytes[index] == UInt8(ascii: "\r") && bytes[index + 1] != UInt8(ascii: "\n")) {
            line += 1
            lineStart = index + 1
        }
        let byte = "0x" + String(bytes[offset], radix: 16, uppercase: true)
        throw .invalid([ImportIssue(file: file, line: line, column: nil, message:
            "byte \(offset - lineStart + 1) of the line (\(byte)) is not UTF-8 text; save the file as CSV UTF-8 and import it again")])
    }

    /// The offset of the first byte that does not begin a well-formed UTF-8 sequence (overlong
    /// forms, surrogates and truncated sequences count as ill-formed), or nil when all are well formed.
    static func firstInvalidByte(in bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }
}
