import Punctual
import PunctualCore
/// `technicians.csv`: who works, from where, when, with which skills and break.
enum TechniciansImporter: RowImporter {
    static let schema = CSVSchema(
        required: ["id", "name", "start_lat", "start_lon", "shift_start", "shift_end", "skills"],
        optional: ["phone", "email", "end_lat", "end_lon", "break_minutes", "break_earliest", "break_latest"])

    static func read(_ row: inout RowReader, into batch: inout ImportBatch, context: inout ImportContext) {
        let id = row.identifier("id")
        let name = row.required("name")
        let phone = row.phone("phone", required: false)
        let email = row.email("email", required: false)
        let startLat = row.latitude("start_lat")
        let startLon = row.longitude("start_lon")
        var end: GeoPoint?
        switch (row.text("end_lat").isEmpty, row.text("end_lon").isEmpty) {
        case (true, true): break
        case (false, false):
            if let lat = row.latitude("end_lat"), let lon = row.longitude("end_lon") {
                end = GeoPoint(latitude: lat, longitude: lon)
            }
        case (true, false): row.fail("end_lat", "is empty but end_lon is set; give both or neither")
        case (false, true): row.fail("end_lon", "is empty but end_lat is set; give both or neither")
        }
        let shiftStart = row.timeOfDay("shift_start", required: true)
        let shiftEnd = row.timeOfDay("shift_end", required: true)
        var shift: TimeOfDayRange?
        if let shiftStart, let shiftEnd {
            if shiftStart < shiftEnd {
                shift = TimeOfDayRange(start: shiftStart, end: shiftEnd)
            } else {
                row.fail("shift_end", "\(shiftEnd) is not after shift_start \(shiftStart)")
            }
        }
        let skills = row.skills("skills")
        if row.text("skills").isEmpty { row.fail("skills", "is required (e.g. hvac;plumbing)") }
        let breakRule = readBreak(&row, shift: shift)
        guard row.issues.isEmpty, let id, let name, let startLat, let startLon, let shift else { return }
        batch.technicians.append(Technician(
            id: id, name: name, phone: phone, email: email,
            start: GeoPoint(latitude: startLat, longitude: startLon), end: end,
            shift: shift, skills: skills, breakRule: breakRule))
        context.snapshot.technicianIDs.insert(id)
    }

    /// The break columns come as a set: all three, or none.
    private static func readBreak(_ row: inout RowReader, shift: TimeOfDayRange?) -> BreakRule? {
        let columns = ["break_minutes", "break_earliest", "break_latest"]
        let given = columns.filter { !row.text($0).isEmpty }
        if given.isEmpty { return nil }
        if given.count < columns.count {
            for column in columns where !given.contains(column) {
                row.fail(column, "is empty but \(given.joined(separator: ", ")) is set; give all three break columns or none")
            }
            return nil
        }
        let minutes = row.positiveInteger("break_minutes", required: true, maximum: 240)
        let earliest = row.timeOfDay("break_earliest", required: true)
        let latest = row.timeOfDay("break_latest", required: true)
        guard let minutes, let earliest, let latest else { return nil }
        if latest < earliest {
            row.fail("break_latest", "\(latest) is before break_earliest \(earliest)")
            return nil
        }
        if let shift {
            if !shift.contains(earliest) || !shift.contains(latest) {
                row.fail("break_earliest", "the break must start within the shift \(shift)")
                return nil
            }
            if earliest.minutes + minutes > shift.end.minutes {
                row.fail("break_minutes", "a \(minutes)-minute break starting at \(earliest) ends after the shift")
                return nil
            }
        }
        return BreakRule(minutes: minutes, earliestStart: earliest, latestStart: latest)
    }
}
