import Foundation
import Punctual
import PunctualCore

/// How the human-readable renderings (HTML page, map and timeline tooltips) write durations,
/// windows, distances and dates, so the same quantity reads the same everywhere.
public enum ReportFormat {
    /// `45 min`, `2 h`, `3 h 05`; negative durations keep their sign.
    public static func duration(minutes: Int) -> String {
        let sign = minutes < 0 ? "−" : ""
        let m = abs(minutes)
        if m < 60 { return "\(sign)\(m) min" }
        return m % 60 == 0 ? "\(sign)\(m / 60) h" : String(format: "%@%d h %02d", sign, m / 60, m % 60)
    }

    /// `09:00–10:00`, or `any time` without a window.
    public static func window(_ start: ReportInstant?, _ end: ReportInstant?) -> String {
        switch (start, end) {
        case let (start?, end?): "\(start.clock)–\(end.clock)"
        case let (start?, nil): "from \(start.clock)"
        case let (nil, end?): "until \(end.clock)"
        case (nil, nil): "any time"
        }
    }

    /// `12.3 km`, one decimal.
    public static func kilometres(_ km: Double) -> String { String(format: "%.1f km", km) }

    /// `93%` from a probability in 0…1.
    public static func percent(_ probability: Double) -> String { String(format: "%.0f%%", probability * 100) }

    /// `Tuesday 24 November 2026`.
    public static func longDate(_ date: LocalDate) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December"]
        let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
        guard let day = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day)) else {
            return date.description
        }
        let weekday = weekdays[calendar.component(.weekday, from: day) - 1]
        return "\(weekday) \(date.day) \(months[date.month - 1]) \(date.year)"
    }
}
