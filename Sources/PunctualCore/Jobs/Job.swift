import Foundation

/// A visit a customer asked for: where, what, how long, what it needs, and when it may happen.
public struct Job: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var customerID: Int64
    public var address: String
    public var location: GeoPoint
    /// The kind of work, e.g. `ac-repair`; durations are learned per type.
    public var type: String
    /// Expected service time on site, in minutes.
    public var durationMinutes: Int
    /// Skills the technician must have, sorted.
    public var skills: [String]
    /// Parts the job needs on site.
    public var parts: [PartQuantity]
    public var priority: Priority
    /// The local date the job is for.
    public var date: LocalDate
    /// The window promised to the customer, once booked: the technician must arrive inside it.
    public var promisedWindow: DateInterval?
    /// When the customer can be there, before a window is promised; empty means the whole working day.
    public var availability: [DateInterval]
    public var status: JobStatus
    public var notes: String
    /// The dispatcher promised the window although the check refused it (`book --force`): the
    /// promise stands but is at risk, and no plan was proved to keep it.
    public var forcedPromise: Bool

    public init(
        id: String, customerID: Int64, address: String, location: GeoPoint, type: String,
        durationMinutes: Int, skills: [String], parts: [PartQuantity], priority: Priority,
        date: LocalDate, promisedWindow: DateInterval?, availability: [DateInterval],
        status: JobStatus, notes: String, forcedPromise: Bool = false
    ) {
        self.id = id
        self.customerID = customerID
        self.address = address
        self.location = location
        self.type = type
        self.durationMinutes = durationMinutes
        self.skills = skills
        self.parts = parts
        self.priority = priority
        self.date = date
        self.promisedWindow = promisedWindow
        self.availability = availability
        self.status = status
        self.notes = notes
        self.forcedPromise = forcedPromise
    }

    /// The job type as a customer reads it: `water_heater_flush` and `ac-repair` become
    /// "water heater flush" and "ac repair".
    public var typeName: String {
        type.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
    }
}
