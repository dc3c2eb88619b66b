import Foundation
import GRDB
import PunctualCore

/// A date as GRDB stores it, `yyyy-MM-dd HH:mm:ss.SSS` in UTC, written without a `DateFormatter`.
///
/// GRDB's own conversion goes through one shared, locked `DateFormatter` (ICU underneath), which
/// was the largest cost of storing a GPS fix. This writes the same text: the milliseconds since 1970,
/// computed as `(timeIntervalSinceReferenceDate + 978 307 200) × 1000` and rounded to the nearest
/// (halves up), as the formatter does. `StoredDateTests` checks the two agree.
enum StoredDate {
    static func text(_ date: Date) -> String {
        let milliseconds = Int64(((date.timeIntervalSinceReferenceDate + 978_307_200) * 1000 + 0.5).rounded(.down))
        let days = milliseconds >= 0 ? milliseconds / 86_400_000 : (milliseconds - 86_399_999) / 86_400_000
        let millisecondOfDay = Int(milliseconds - days * 86_400_000)
        let (year, month, day) = CivilDays.date(daysSince1970: days)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(23)
        func append(_ value: Int, digits: Int) {
            var divisor = 1
            for _ in 1..<digits { divisor *= 10 }
            while divisor > 0 {
                bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
                divisor /= 10
            }
        }
        append(year, digits: 4)
        bytes.append(UInt8(ascii: "-"))
        append(month, digits: 2)
        bytes.append(UInt8(ascii: "-"))
        append(day, digits: 2)
        bytes.append(UInt8(ascii: " "))
        append(millisecondOfDay / 3_600_000, digits: 2)
        bytes.append(UInt8(ascii: ":"))
        append(millisecondOfDay / 60_000 % 60, digits: 2)
        bytes.append(UInt8(ascii: ":"))
        append(millisecondOfDay / 1000 % 60, digits: 2)
        bytes.append(UInt8(ascii: "."))
        append(millisecondOfDay % 1000, digits: 3)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The database value GRDB would store for `date`.
    static func databaseValue(_ date: Date) -> DatabaseValue {
        text(date).databaseValue
    }
}
