import GRDB
import PunctualCore
package struct TechnicianRecord: StoreRecord {
    package static let databaseTableName = "technician"
    package var id: String
    package var name: String
    package var phone: String?
    package var email: String?
    package var startLat: Double
    package var startLon: Double
    package var endLat: Double
    package var endLon: Double
    /// Minutes after local midnight.
    package var shiftStart: Int
    package var shiftEnd: Int
    package var skills: [String]
    package var breakMinutes: Int?
    package var breakEarliest: Int?
    package var breakLatest: Int?
    /// `YYYY-MM-DD`: the first date the technician no longer works (deactivated); nil while active.
    package var inactiveFrom: String?

    enum CodingKeys: String, CodingKey {
        case id, name, phone, email, startLat = "start_lat", startLon = "start_lon", endLat = "end_lat",
            endLon = "end_lon", shiftStart = "shift_start", shiftEnd = "shift_end", skills,
            breakMinutes = "break_minutes", breakEarliest = "break_earliest", breakLatest = "break_latest", inactiveFrom = "inactive_from"
    }

    /// The columns the store's queries name, typed from the coding keys.
    package enum Columns {
        package static let id = Column(CodingKeys.id)
        package static let inactiveFrom = Column(CodingKeys.inactiveFrom)
    }

    package init(_ technician: Technician) {
        id = technician.id
        name = technician.name
        phone = technician.phone
        email = technician.email
        startLat = technician.start.latitude
        startLon = technician.start.longitude
        endLat = technician.end.latitude
        endLon = technician.end.longitude
        shiftStart = technician.shift.start.minutes
        shiftEnd = technician.shift.end.minutes
        skills = technician.skills
        breakMinutes = technician.breakRule?.minutes
        breakEarliest = technician.breakRule?.earliestStart.minutes
        breakLatest = technician.breakRule?.latestStart.minutes
        inactiveFrom = nil
    }

    /// Whether the technician still works on `date`.
    func works(on date: LocalDate) -> Bool {
        inactiveFrom.flatMap(LocalDate.init(parsing:)).map { date < $0 } ?? true
    }

    func technician(stock: [PartQuantity]) -> Technician {
        var breakRule: BreakRule?
        if let breakMinutes, let breakEarliest, let breakLatest {
            breakRule = BreakRule(minutes: breakMinutes, earliestStart: TimeOfDay(minutes: breakEarliest),
                                  latestStart: TimeOfDay(minutes: breakLatest))
        }
        return Technician(
            id: id, name: name, phone: phone, email: email,
            start: GeoPoint(latitude: startLat, longitude: startLon),
            end: GeoPoint(latitude: endLat, longitude: endLon),
            shift: TimeOfDayRange(start: TimeOfDay(minutes: shiftStart), end: TimeOfDay(minutes: shiftEnd)),
            skills: skills, breakRule: breakRule, stock: stock)
    }
}
