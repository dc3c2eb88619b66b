import Foundation

/// A calendar date in the business's time zone (`YYYY-MM-DD`): the day a plan is for.
public struct LocalDate: Hashable, Comparable, Sendable, TextCodable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), (1...LocalDate.daysIn(month: month, year: year)).contains(day),
              (1900...9999).contains(year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; nil for malformed text or a day that does not exist (2026-02-30).
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Days since 1970-01-01: date arithmetic without a `Calendar`.
    public var daysSince1970: Int { CivilDays.daysSince1970(year: year, month: month, day: day) }

    /// The day of the week, 0 for Sunday to 6 for Saturday.
    public var weekday: Int {
        let remainder = (daysSince1970 + 4) % 7  // 1970-01-01 was a Thursday
        return remainder < 0 ? remainder + 7 : remainder
    }

    /// How many days from this date to `other` (negative when `other` is earlier).
    public func days(to other: LocalDate) -> Int { other.daysSince1970 - daysSince1970 }

    /// The date `days` later (earlier when negative).
    public func adding(days: Int) -> LocalDate {
        var date = self
        var remaining = days
        while remaining > 0 {
            if date.day < LocalDate.daysIn(month: date.month, year: date.year) {
                date.day += 1
            } else if date.month < 12 {
                date.month += 1
                date.day = 1
            } else {
                date = LocalDate(year: date.year + 1, month: 1, day: 1)!
            }
            remaining -= 1
        }
        while remaining < 0 {
            if date.day > 1 {
                date.day -= 1
            } else if date.month > 1 {
                date.month -= 1
                date.day = LocalDate.daysIn(month: date.month, year: date.year)
            } else {
                date = LocalDate(year: date.year - 1, month: 12, day: 31)!
            }
            remaining += 1
        }
        return date
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
