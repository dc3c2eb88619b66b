import Foundation

/// Converts between the business's local wall-clock times and the UTC instants kept in storage.
///
/// Spreadsheets and customers speak local time; the store and the API keep instants, so a plan
/// stays right across a daylight-saving change and a server in another zone.
public struct BusinessCalendar: Sendable {
    public let timeZone: TimeZone
    private let calendar: Calendar
    private let formatter: SharedISO8601Formatter

    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
        formatter = SharedISO8601Formatter(timeZone: timeZone)
    }

    /// The instant at which the local clock shows `time` on `date`. 24:00 is the next midnight.
    public func instant(_ date: LocalDate, _ time: TimeOfDay) -> Date {
        let components = DateComponents(year: date.year, month: date.month, day: date.day)
        let midnight = calendar.date(from: components)!
        if time == .endOfDay { return calendar.date(byAdding: .day, value: 1, to: midnight)! }
        return calendar.date(bySettingHour: time.minutes / 60, minute: time.minutes % 60, second: 0, of: midnight)!
    }

    /// The instants of `range` on `date`.
    public func interval(_ date: LocalDate, _ range: TimeOfDayRange) -> DateInterval {
        DateInterval(start: instant(date, range.start), end: instant(date, range.end))
    }

    /// The local date and time of day of an instant (seconds truncated).
    public func local(_ instant: Date) -> (date: LocalDate, time: TimeOfDay) {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
        return (LocalDate(year: parts.year!, month: parts.month!, day: parts.day!)!,
                TimeOfDay(hour: parts.hour!, minute: parts.minute!))
    }

    /// The local times of an interval within one day (an end at next midnight reads 24:00).
    public func localRange(_ interval: DateInterval) -> TimeOfDayRange {
        let start = local(interval.start)
        let end = local(interval.end)
        let endTime = end.date > start.date && end.time == .midnight ? TimeOfDay.endOfDay : end.time
        return TimeOfDayRange(start: start.time, end: endTime)
    }

    /// `instant` as ISO 8601 with the business's UTC offset, as the API and JSON output speak it.
    public func iso8601(_ instant: Date) -> String {
        formatter.string(from: instant)
    }
}

/// One ISO 8601 formatter per calendar, shared under a lock: making a formatter costs far more
/// than formatting (a plan report formats thousands of instants), and formatters are not Sendable.
final class SharedISO8601Formatter: @unchecked Sendable {
    private let lock = NSLock()
    private let formatter: ISO8601DateFormatter

    init(timeZone: TimeZone) {
        formatter = ISO8601DateFormatter()
        formatter.timeZone = timeZone
        formatter.formatOptions = [.withInternetDateTime]
    }

    func string(from instant: Date) -> String {
        lock.lock()
        defer { lock.unlock() }
        return formatter.string(from: instant)
    }
}
