import Foundation
import Punctual
import PunctualCore

/// ISO 8601 instants as the API speaks them: with an offset (`Z` or `-07:00`), fractional seconds
/// optional.
enum APITime {
    static func parse(_ text: String) -> Date? {
        if let date = FastISO8601.parse(text) { return date }
        // Foundation rolls impossible fields over (2026-02-30 becomes March 2nd, 25:00 the next
        // day's 01:00) and takes year 1: it is asked only about real moments since 1970.
        guard namesARealMoment(text) else { return nil }
        if let date = try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true)) { return date }
        return try? Date(text, strategy: Date.ISO8601FormatStyle())
    }

    /// Whether `text` opens with a date and time of day that exist, `YYYY-MM-DDTHH:MM` (and `:SS`
    /// when given), in 1970 or later.
    static func namesARealMoment(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        func number(_ start: Int, _ count: Int) -> Int? {
            guard bytes.count >= start + count else { return nil }
            var value = 0
            for byte in bytes[start..<(start + count)] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard bytes.count >= 16, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
              let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
              let hour = number(11, 2), let minute = number(14, 2),
              year >= 1970, LocalDate(year: year, month: month, day: day) != nil, hour < 24, minute < 60
        else { return false }
        if bytes.count > 16, bytes[16] == UInt8(ascii: ":") {
            guard let second = number(17, 2), second < 60 else { return false }
        }
        return true
    }

    /// Parses `text` as the value of `field`, or answers 400 naming the field.
    static func parse(_ text: String, field: String) throws -> Date {
        guard let date = parse(text) else {
            throw APIError(.badRequest, "invalid_input", field: field,
                           detail: "'\(text)' is not an ISO 8601 instant with an offset, e.g. 2026-11-24T09:30:00-07:00")
        }
        return date
    }
}
