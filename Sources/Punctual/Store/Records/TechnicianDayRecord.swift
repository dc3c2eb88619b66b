import Foundation
import GRDB
import PunctualCore

struct TechnicianDayRecord: StoreRecord {
    static let databaseTableName = "technician_day"
    var technicianId: String
    /// `YYYY-MM-DD`, local to the business.
    var date: String
    /// Minutes after local midnight.
    var shiftStart: Int?
    var shiftEnd: Int?
    var awayStart: Int?
    var awayEnd: Int?
    var reason: String

    enum CodingKeys: String, CodingKey {
        case technicianId = "technician_id", date, shiftStart = "shift_start", shiftEnd = "shift_end",
            awayStart = "away_start", awayEnd = "away_end", reason
    }

    /// The columns the store's queries name, typed from the coding keys.
    enum Columns {
        static let technicianId = Column(CodingKeys.technicianId)
        static let date = Column(CodingKeys.date)
    }

    init(_ change: TechnicianDayChange) {
        technicianId = change.technicianID
        date = change.date.description
        shiftStart = change.shift?.start.minutes
        shiftEnd = change.shift?.end.minutes
        awayStart = change.away?.start.minutes
        awayEnd = change.away?.end.minutes
        reason = change.reason
    }

    var change: TechnicianDayChange {
        func range(_ start: Int?, _ end: Int?) -> TimeOfDayRange? {
            guard let start, let end else { return nil }
            return TimeOfDayRange(start: TimeOfDay(minutes: start), end: TimeOfDay(minutes: end))
        }
        return TechnicianDayChange(technicianID: technicianId, date: LocalDate(parsing: date)!, shift: range(shiftStart, shiftEnd),
                                   away: range(awayStart, awayEnd), reason: reason)
    }
}
