/// One date's exception to a technician's usual day, as the dispatcher records it: a different
/// shift, time away (sick from 07:10, a dentist at 14:00, leaving early), or both.
public struct TechnicianDayChange: Codable, Hashable, Sendable {
    public var technicianID: String
    public var date: LocalDate
    /// The shift that date, instead of the usual one.
    public var shift: TimeOfDayRange?
    /// Time away from work that date; `00:00-24:00` is the whole day.
    public var away: TimeOfDayRange?
    public var reason: String

    public init(technicianID: String, date: LocalDate, shift: TimeOfDayRange? = nil, away: TimeOfDayRange? = nil, reason: String = "") {
        self.technicianID = technicianID
        self.date = date
        self.shift = shift
        self.away = away
        self.reason = reason
    }

    /// The whole shift is away.
    public static let wholeDay = TimeOfDayRange(start: .midnight, end: .endOfDay)

    /// How `technician` works that date, or nil when they do not work at all.
    ///
    /// Time away that covers the start of the shift moves the start, time away that covers its end
    /// moves the end, and time away inside the shift becomes that day's break (fixed at the time
    /// away, replacing the usual break): the solver's vehicle has one shift and one break.
    public func apply(to technician: Technician) -> Technician? {
        var day = technician
        if let shift { day.shift = shift }
        guard let away, away.overlaps(day.shift) else { return day }
        if away.start <= day.shift.start && away.end >= day.shift.end { return nil }
        if away.start <= day.shift.start {
            day.shift.start = away.end
        } else if away.end >= day.shift.end {
            // Leaving early is a hard end: no overtime past it.
            day.shift.end = away.start
            day.finishesByShiftEnd = true
        } else {
            day.breakRule = BreakRule(minutes: away.minutes, earliestStart: away.start, latestStart: away.start)
        }
        // What is left of a shift too short to serve anyone is no working day.
        return day.shift.minutes < Self.shortestWorkingMinutes ? nil : day
    }

    /// A shift shorter than this after time away is no working day.
    public static let shortestWorkingMinutes = 30
}
