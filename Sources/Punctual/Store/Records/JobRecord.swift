import Foundation

struct JobRecord: StoreRecord {
    static let databaseTableName = "job"
    var id: String
    var customerId: Int64
    var address: String
    var lat: Double
    var lon: Double
    var type: String
    var durationMinutes: Int
    var skills: [String]
    var priority: Priority
    /// `YYYY-MM-DD`, local to the business.
    var date: String
    var windowStart: Date?
    var windowEnd: Date?
    var status: JobStatus
    var notes: String

    enum CodingKeys: String, CodingKey {
        case id, customerId = "customer_id", address, lat, lon, type, durationMinutes = "duration_minutes", skills,
            priority, date, windowStart = "window_start", windowEnd = "window_end", status, notes
    }

    init(_ job: Job) {
        id = job.id
        customerId = job.customerID
        address = job.address
        lat = job.location.latitude
        lon = job.location.longitude
        type = job.type
        durationMinutes = job.durationMinutes
        skills = job.skills
        priority = job.priority
        date = job.date.description
        windowStart = job.promisedWindow?.start
        windowEnd = job.promisedWindow?.end
        status = job.status
        notes = job.notes
    }

    func job(parts: [PartQuantity], availability: [DateInterval]) -> Job {
        var window: DateInterval?
        if let windowStart, let windowEnd { window = DateInterval(start: windowStart, end: windowEnd) }
        return Job(
            id: id, customerID: customerId, address: address,
            location: GeoPoint(latitude: lat, longitude: lon), type: type,
            durationMinutes: durationMinutes, skills: skills, parts: parts, priority: priority,
            date: LocalDate(parsing: date)!, promisedWindow: window, availability: availability,
            status: status, notes: notes)
    }
}
