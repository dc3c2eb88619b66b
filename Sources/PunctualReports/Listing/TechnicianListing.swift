import Punctual
import PunctualCore
/// A technician as `technicians list --format json` (and later the API) shows it.
public struct TechnicianListing: Codable, Equatable, Sendable {
    public struct Break: Codable, Equatable, Sendable {
        public var minutes: Int
        public var earliestStart: TimeOfDay
        public var latestStart: TimeOfDay
    }

    public var id: String
    public var name: String
    public var phone: String?
    public var email: String?
    public var skills: [String]
    public var shiftStart: TimeOfDay
    public var shiftEnd: TimeOfDay
    public var `break`: Break?
    public var start: GeoPoint
    public var end: GeoPoint
    public var stock: [PartQuantity]

    /// Units in the van, all parts together.
    public var stockUnits: Int { stock.reduce(0) { $0 + $1.quantity } }

    public init(_ technician: Technician) {
        id = technician.id
        name = technician.name
        phone = technician.phone
        email = technician.email
        skills = technician.skills
        shiftStart = technician.shift.start
        shiftEnd = technician.shift.end
        `break` = technician.breakRule.map { Break(minutes: $0.minutes, earliestStart: $0.earliestStart, latestStart: $0.latestStart) }
        start = technician.start
        end = technician.end
        stock = technician.stock
    }
}
