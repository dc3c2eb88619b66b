import Punctual
import PunctualCore

/// ISO 8601 UTC instants with milliseconds (`2026-11-24T16:25:00.250Z`) written straight from
/// milliseconds since 1970, so the load client does not pay for a date formatter per fix.
enum ISO8601Milliseconds {
    /// Appends the instant `milliseconds` after 1970-01-01T00:00:00Z (at or after 1970) to `bytes`.
    static func append(_ milliseconds: Int64, to bytes: inout [UInt8]) {
        let millisecond = Int(milliseconds % 1000)
        let seconds = milliseconds / 1000
        let secondOfDay = Int(seconds % 86_400)
        let (year, month, day) = CivilDays.date(daysSince1970: seconds / 86_400)
        appendDigits(year, count: 4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        appendDigits(month, count: 2, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        appendDigits(day, count: 2, to: &bytes)
        bytes.append(UInt8(ascii: "T"))
        appendDigits(secondOfDay / 3600, count: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        appendDigits(secondOfDay / 60 % 60, count: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        appendDigits(secondOfDay % 60, count: 2, to: &bytes)
        bytes.append(UInt8(ascii: "."))
        appendDigits(millisecond, count: 3, to: &bytes)
        bytes.append(UInt8(ascii: "Z"))
    }

    private static func appendDigits(_ value: Int, count: Int, to bytes: inout [UInt8]) {
        var divisor = 1
        for _ in 1..<count { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor % 10))
            rest %= divisor
            divisor /= 10
        }
    }
}
