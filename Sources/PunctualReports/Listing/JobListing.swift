import Punctual
import PunctualCore
/// A job as `jobs list --format json` (and later the API) shows it: instants in ISO 8601 with the
/// business's UTC offset, plus the local times a dispatcher reads.
public struct JobListing: Codable, Equatable, Sendable {
    public var id: String
    public var date: LocalDate
    public var customer: String
    public var phone: String
    public var email: String?
    public var notify: NotifyChannel
    public var address: String
    public var location: GeoPoint
    public var type: String
    public var durationMinutes: Int
    public var skills: [String]
    public var parts: [PartQuantity]
    public var priority: Priority
    public var status: JobStatus
    /// ISO 8601 with offset; absent until a window is promised.
    public var windowStart: String?
    public var windowEnd: String?
    /// The promised window in local time, `HH:MM-HH:MM`.
    public var window: String?
    /// The customer's availability in local time, `HH:MM-HH:MM` each; empty = any time.
    public var available: [String]
    public var notes: String
    /// The window was promised by force, past the check (`book --force`): at risk.
    public var forcedPromise: Bool

    public init(_ job: Job, customer: Customer, calendar: BusinessCalendar) {
        id = job.id
        date = job.date
        self.customer = customer.name
        phone = customer.phone
        email = customer.email
        notify = customer.notify
        address = job.address
        location = job.location
        type = job.type
        durationMinutes = job.durationMinutes
        skills = job.skills
        parts = job.parts
        priority = job.priority
        status = job.status
        forcedPromise = job.forcedPromise
        windowStart = job.promisedWindow.map { calendar.iso8601($0.start) }
        windowEnd = job.promisedWindow.map { calendar.iso8601($0.end) }
        window = job.promisedWindow.map { calendar.localRange($0).description }
        available = job.availability.map { calendar.localRange($0).description }
        notes = job.notes
    }
}
