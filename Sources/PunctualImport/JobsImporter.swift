import Foundation
import Punctual
import PunctualCore

/// `jobs.csv`: the day's requests, each with its customer, and the windows already promised.
enum JobsImporter: RowImporter {
    static let schema = CSVSchema(
        required: ["id", "customer", "phone", "lat", "lon", "type", "duration_minutes", "date"],
        optional: ["email", "notify", "address", "skills", "parts", "priority",
                   "window_start", "window_end", "available", "notes"])

    static func read(_ row: inout RowReader, into batch: inout ImportBatch, context: inout ImportContext) {
        let id = row.identifier("id")
        let customerName = row.required("customer")
        let phone = row.phone("phone", required: true)
        let notify: NotifyChannel? = row.choice("notify", default: .sms)
        let email = row.email("email", required: notify?.usesEmail ?? false)
        let lat = row.latitude("lat")
        let lon = row.longitude("lon")
        let type = row.identifier("type")
        let duration = row.positiveInteger("duration_minutes", required: true, maximum: 24 * 60)
        let skills = row.skills("skills")
        let parts = row.partList("parts") { context.snapshot.partIDs.contains($0) }
        let priority: Priority? = row.choice("priority", default: .normal)
        let date = row.date("date").map { $0.adding(days: context.jobDateShift) }
        let window = readWindow(&row)
        let availability = row.timeRanges("available")
        if let window, !availability.isEmpty, !availability.contains(where: { $0.contains(window) }) {
            row.fail("window_start", "the promised window \(window) is outside the customer's availability "
                     + availability.map(\.description).joined(separator: ";"))
        }
        if let phone, let customerName {
            if let first = context.customerNameByPhone[phone], first.name != customerName {
                row.fail("phone", "\(phone) belongs to '\(first.name)' on line \(first.line), not '\(customerName)'")
            } else if context.customerNameByPhone[phone] == nil {
                context.customerNameByPhone[phone] = (customerName, row.file, row.line)
            }
        }
        guard row.issues.isEmpty, let id, let customerName, let phone, let notify, let lat, let lon,
              let type, let duration, let priority, let date
        else { return }

        let calendar = context.calendar
        let customer = Customer(name: customerName, phone: phone, email: email, notify: notify)
        let job = Job(
            id: id, customerID: 0, address: row.text("address"),
            location: GeoPoint(latitude: lat, longitude: lon), type: type, durationMinutes: duration,
            skills: skills, parts: parts, priority: priority, date: date,
            promisedWindow: window.map { calendar.interval(date, $0) },
            availability: window == nil ? availability.map { calendar.interval(date, $0) } : [],
            status: window == nil ? .requested : .booked, notes: row.text("notes"))
        batch.jobs.append(.init(customer: customer, job: job))
        context.snapshot.jobIDs.insert(id)
    }

    /// A promised window is given by both of its columns, start before end.
    private static func readWindow(_ row: inout RowReader) -> TimeOfDayRange? {
        let start = row.timeOfDay("window_start", required: false)
        let end = row.timeOfDay("window_end", required: false)
        switch (row.text("window_start").isEmpty, row.text("window_end").isEmpty) {
        case (true, false): row.fail("window_start", "is empty but window_end is set; give both or neither")
        case (false, true): row.fail("window_end", "is empty but window_start is set; give both or neither")
        default: break
        }
        guard let start, let end else { return nil }
        guard start < end else {
            row.fail("window_end", "\(end) is not after window_start \(start)")
            return nil
        }
        return TimeOfDayRange(start: start, end: end)
    }
}
