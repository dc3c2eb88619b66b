import Foundation
import GRDB
import PunctualCore

package struct JobRecord: StoreRecord {
    package static let databaseTableName = "job"
    package var id: String
    package var customerId: Int64
    package var address: String
    package var lat: Double
    package var lon: Double
    package var type: String
    package var durationMinutes: Int
    package var skills: [String]
    package var priority: Priority
    /// `YYYY-MM-DD`, local to the business.
    package var date: String
    package var windowStart: Date?
    package var windowEnd: Date?
    package var status: JobStatus
    package var notes: String
    package var forcedPromise: Bool

    enum CodingKeys: String, CodingKey {
        case id, customerId = "customer_id", address, lat, lon, type, durationMinutes = "duration_minutes", skills,
            priority, date, windowStart = "window_start", windowEnd = "window_end", status, notes, forcedPromise = "forced_promise"
    }

    /// The columns the store's queries name, typed from the coding keys.
    package enum Columns {
        package static let customerId = Column(CodingKeys.customerId)
        package static let date = Column(CodingKeys.date)
        package static let id = Column(CodingKeys.id)
        package static let status = Column(CodingKeys.status)
        package static let windowEnd = Column(CodingKeys.windowEnd)
        package static let windowStart = Column(CodingKeys.windowStart)
        package static let forcedPromise = Column(CodingKeys.forcedPromise)
        /// Not decoded into the record: read and written only by the queries that need it.
        package static let promiseVersion = Column("promise_version")
    }

    package init(_ job: Job) {
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
        forcedPromise = job.forcedPromise
    }

    func job(parts: [PartQuantity], availability: [DateInterval]) -> Job {
        var window: DateInterval?
        if let windowStart, let windowEnd { window = DateInterval(start: windowStart, end: windowEnd) }
        return Job(
            id: id, customerID: customerId, address: address,
            location: GeoPoint(latitude: lat, longitude: lon), type: type,
            durationMinutes: durationMinutes, skills: skills, parts: parts, priority: priority,
            date: LocalDate(parsing: date)!, promisedWindow: window, availability: availability,
            status: status, notes: notes, forcedPromise: forcedPromise)
    }
}
