/// A stretch of a local day, [start, end), such as a shift or a customer's availability.
public struct TimeOfDayRange: Hashable, Codable, Sendable, CustomStringConvertible {
    public var start: TimeOfDay
    public var end: TimeOfDay

    public init(start: TimeOfDay, end: TimeOfDay) {
        self.start = start
        self.end = end
    }

    /// Parses `HH:MM-HH:MM` with start strictly before end; nil otherwise.
    public init?(parsing text: String) {
        guard let (start, end) = Self.times(parsing: text), start < end else { return nil }
        self.init(start: start, end: end)
    }

    /// The two times of `HH:MM-HH:MM` (spaces around either allowed), in the order written: the one
    /// reading of the form, for ranges within a day and for stretches that cross midnight.
    public static func times(parsing text: String) -> (TimeOfDay, TimeOfDay)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2,
              let start = TimeOfDay(parsing: parts[0].trimmingCharacters(in: .whitespaces)),
              let end = TimeOfDay(parsing: parts[1].trimmingCharacters(in: .whitespaces))
        else { return nil }
        return (start, end)
    }

    public func contains(_ other: TimeOfDayRange) -> Bool { start <= other.start && other.end <= end }
    public func contains(_ time: TimeOfDay) -> Bool { start <= time && time <= end }
    public func overlaps(_ other: TimeOfDayRange) -> Bool { start < other.end && other.start < end }

    /// Length in minutes.
    public var minutes: Int { end.minutes - start.minutes }

    public var description: String { "\(start)-\(end)" }
}
