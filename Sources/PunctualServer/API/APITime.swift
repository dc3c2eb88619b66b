import Foundation
import Punctual
import PunctualCore

/// ISO 8601 instants as the API speaks them: with an offset (`Z`, `-07:00`, `-0700` or `-07`),
/// fractional seconds optional, naming a moment that exists in `years`.
enum APITime {
    /// The years an instant may be written in. Nothing the product records or promises lies outside
    /// this century; a year outside it is a typo or a phone whose clock was reset, and would be stored
    /// as a real moment.
    static let years = 2000...2099

    static func parse(_ text: String) -> Date? {
        if let date = FastISO8601.parse(text) { return date }
        // Foundation rolls impossible fields over (2026-11-24T09:20:60 becomes 09:21), takes year 1
        // and ignores what follows the offset (`Zjunk`): it is asked only about text that is, in
        // full, a real moment.
        guard namesARealMoment(text) else { return nil }
        if let date = try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true)) { return date }
        return try? Date(text, strategy: Date.ISO8601FormatStyle())
    }

    /// Whether `text` is, from its first byte to its last, `YYYY-MM-DDTHH:MM:SS`, a fraction of any
    /// number of digits or none, and `Z` or an offset `±HH:MM`, `±HHMM` or `±HH`; with a date that
    /// exists (leap years counted) in `years`, hours to 23 (24:00, the end of a day in older ISO
    /// 8601, is refused: the next day's 00:00 says it plainly) and minutes and seconds to 59 (no leap
    /// second: Foundation would roll it over too).
    static func namesARealMoment(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        func isDigit(_ index: Int) -> Bool { bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9") }
        func number(_ start: Int, _ count: Int) -> Int? {
            guard bytes.count >= start + count else { return nil }
            var value = 0
            for index in start..<(start + count) {
                guard isDigit(index) else { return nil }
                value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            }
            return value
        }
        func isMinutes(_ start: Int) -> Bool { number(start, 2).map { $0 < 60 } ?? false }
        guard bytes.count >= 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
              let year = number(0, 4), let month = number(5, 2), let day = number(8, 2), let hour = number(11, 2),
              years.contains(year), LocalDate(year: year, month: month, day: day) != nil, hour < 24,
              isMinutes(14), isMinutes(17)
        else { return false }
        var index = 19
        if bytes[index] == UInt8(ascii: ".") {
            index += 1
            let start = index
            while index < bytes.count, isDigit(index) { index += 1 }
            guard index > start else { return false }
        }
        guard index < bytes.count else { return false }
        if bytes[index] == UInt8(ascii: "Z") { return index == bytes.count - 1 }
        guard bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-"),
              let hours = number(index + 1, 2), hours < 24 else { return false }
        switch bytes.count - (index + 3) {
        case 0: return true
        case 2: return isMinutes(index + 3)
        case 3: return bytes[index + 3] == UInt8(ascii: ":") && isMinutes(index + 4)
        default: return false
        }
    }

    /// Parses `text` as the value of `field`, or answers 400 naming the field.
    static func parse(_ text: String, field: String) throws -> Date {
        guard let date = parse(text) else {
            throw APIError(.badRequest, "invalid_input", field: field,
                           detail: "'\(text)' is not a real instant in ISO 8601 with an offset, in the years \(years.lowerBound) to \(years.upperBound), e.g. 2026-11-24T09:30:00-07:00")
        }
        return date
    }

    /// Parses `text` as the calendar day `YYYY-MM-DD` of `field`, one that exists in `years`, or
    /// answers 400 naming the field: a plan, an absence or a route for year 1900 is a typo.
    static func day(_ text: String, field: String = "date") throws -> LocalDate {
        guard let date = LocalDate(parsing: text), years.contains(date.year) else {
            throw APIError(.badRequest, "invalid_input", field: field,
                           detail: "'\(text)' is not a day YYYY-MM-DD that exists, in the years \(years.lowerBound) to \(years.upperBound)")
        }
        return date
    }
}
