import Foundation
import Testing
@testable import PunctualCore

/// Days as dispatchers type them, checked against Foundation's Gregorian calendar over many dates
/// (leap years, month and year ends) rather than a few hand-picked ones.
@Suite struct DayPhraseTests {
    static let gregorian: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// Seeded dates from 1901 to 2099.
    static func dates(_ count: Int, seed: UInt64) -> [LocalDate] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let day = Int((state >> 33) % 72_683) - 25_202  // 1901-01-01 … 2099-12-31 as days since 1970
            let (year, month, dayOfMonth) = CivilDays.date(daysSince1970: Int64(day))
            return LocalDate(year: year, month: month, day: dayOfMonth)!
        }
    }

    @Test func dayCountsAndWeekdaysAgreeWithFoundation() {
        for date in Self.dates(2_000, seed: 11) {
            let instant = Self.gregorian.date(from: DateComponents(year: date.year, month: date.month, day: date.day))!
            #expect(date.daysSince1970 == Int((instant.timeIntervalSince1970 / 86_400).rounded()), "\(date)")
            #expect(date.weekday == Self.gregorian.component(.weekday, from: instant) - 1, "\(date)")
            let later = date.adding(days: 400)
            #expect(date.days(to: later) == 400 && later.days(to: date) == -400, "\(date)")
        }
    }

    @Test func relativeWordsCountFromTheGivenToday() {
        for today in Self.dates(500, seed: 12) {
            #expect(DayPhrase.resolve("today", today: today) == today)
            #expect(DayPhrase.resolve("Tomorrow", today: today) == today.adding(days: 1))
            #expect(DayPhrase.resolve(" yesterday ", today: today) == today.adding(days: -1))
            #expect(DayPhrase.resolve(today.description, today: LocalDate(year: 2000, month: 1, day: 1)!) == today)
        }
    }

    @Test func aWeekdayIsTheNextOneAfterToday() throws {
        let names = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
        for today in Self.dates(300, seed: 13) {
            for (index, name) in names.enumerated() {
                for spelling in [name, String(name.prefix(3)), name.uppercased()] {
                    let day = try #require(DayPhrase.resolve(spelling, today: today), "\(spelling)")
                    #expect(day.weekday == index)
                    #expect((1...7).contains(today.days(to: day)), "\(spelling) from \(today) gave \(day)")
                }
            }
        }
    }

    @Test func anythingElseIsRefused() {
        let today = LocalDate(year: 2026, month: 12, day: 1)!
        for text in ["", "tomorow", "fr", "next friday", "2026-02-30", "24/11/2026", "2026-1-5", "+1"] {
            #expect(DayPhrase.resolve(text, today: today) == nil, "\(text)")
            #expect(!DayPhrase.isWellFormed(text), "\(text)")
        }
    }
}
