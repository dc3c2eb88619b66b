import Foundation

/// The local hours in which non-urgent messages wait, e.g. `21:00-08:00` (the range may cross
/// midnight). An empty setting means no quiet hours.
public struct QuietHours: Sendable, Hashable {
    public var start: TimeOfDay
    public var end: TimeOfDay

    public init(start: TimeOfDay, end: TimeOfDay) {
        self.start = start
        self.end = end
    }

    /// Parses `HH:MM-HH:MM`; nil for anything else (including an empty text).
    public init?(parsing text: String) {
        guard let (start, end) = TimeOfDayRange.times(parsing: text), start != end else { return nil }
        self.init(start: start, end: end)
    }

    /// Whether the local time of day `time` is quiet.
    public func contains(_ time: TimeOfDay) -> Bool {
        start < end ? (start <= time && time < end) : (time >= start || time < end)
    }

    /// The first instant at or after `instant` outside quiet hours.
    public func release(after instant: Date, calendar: BusinessCalendar) -> Date {
        let local = calendar.local(instant)
        guard contains(local.time) else { return instant }
        let date = start > end && local.time >= start ? local.date.adding(days: 1) : local.date
        return calendar.instant(date, end)
    }
}
