import Testing
@testable import PunctualCore

/// One day's change to a technician's hours: time away at either end moves the shift, inside it
/// becomes that day's break, and all of it takes them off the day.
@Suite struct TechnicianDayChangeTests {
    let technician = Technician(id: "T01", name: "Kim", start: GeoPoint(latitude: 46.87, longitude: -114.0),
                                shift: TimeOfDayRange(parsing: "08:00-17:00")!, skills: ["hvac"],
                                breakRule: BreakRule(minutes: 30, earliestStart: TimeOfDay(hour: 11, minute: 30), latestStart: TimeOfDay(hour: 13)))
    let date = LocalDate(parsing: "2026-11-24")!

    func away(_ text: String) -> TechnicianDayChange {
        TechnicianDayChange(technicianID: "T01", date: date, away: TimeOfDayRange(parsing: text)!)
    }

    @Test func awayAllDayOrFromBeforeTheShiftTakesThemOffTheDay() {
        #expect(TechnicianDayChange(technicianID: "T01", date: date, away: TechnicianDayChange.wholeDay).apply(to: technician) == nil)
        #expect(away("07:10-24:00").apply(to: technician) == nil)
    }

    @Test func awayAtEitherEndMovesThatEnd() {
        #expect(away("13:00-24:00").apply(to: technician)?.shift == TimeOfDayRange(parsing: "08:00-13:00"))
        #expect(away("00:00-10:30").apply(to: technician)?.shift == TimeOfDayRange(parsing: "10:30-17:00"))
    }

    @Test func awayInsideTheShiftIsThatDaysBreak() {
        let day = away("14:00-15:30").apply(to: technician)
        #expect(day?.shift == technician.shift)
        #expect(day?.breakRule == BreakRule(minutes: 90, earliestStart: TimeOfDay(hour: 14), latestStart: TimeOfDay(hour: 14)))
    }

    @Test func awayOutsideTheShiftChangesNothingAndAnotherShiftReplacesTheUsualOne() {
        #expect(away("18:00-20:00").apply(to: technician) == technician)
        let change = TechnicianDayChange(technicianID: "T01", date: date, shift: TimeOfDayRange(parsing: "10:00-14:00")!,
                                         away: TimeOfDayRange(parsing: "13:00-24:00")!)
        #expect(change.apply(to: technician)?.shift == TimeOfDayRange(parsing: "10:00-13:00"))
    }
}
