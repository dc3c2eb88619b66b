/// A local wall-clock time of the business's time zone, in minutes after midnight (0…1440).
///
/// Shifts and breaks recur every day, so they are stored as times of day rather than instants;
/// they become instants only once combined with a date (see `BusinessCalendar`). 24:00 is allowed
/// as the end of a day.
public struct TimeOfDay: Hashable, Comparable, Sendable, TextCodable {
    /// Minutes after local midnight.
    public var minutes: Int

    public init(minutes: Int) {
        self.minutes = minutes
    }

    public init(hour: Int, minute: Int = 0) {
        self.minutes = hour * 60 + minute
    }

    /// Parses `HH:MM` (or `H:MM`), 00:00…24:00; nil for anything else.
    public init?(parsing text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let hour = Int(parts[0]), let minute = Int(parts[1]),
              minute < 60, hour < 24 || (hour == 24 && minute == 0)
        else { return nil }
        self.minutes = hour * 60 + minute
    }

    public static let midnight = TimeOfDay(minutes: 0)
    public static let endOfDay = TimeOfDay(minutes: 24 * 60)

    public var description: String {
        let hour = minutes / 60, minute = minutes % 60
        return (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutes < rhs.minutes }
}
