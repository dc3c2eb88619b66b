import Foundation

/// What `punctual init` records about the business: who it is, where its depot is and which time
/// zone its spreadsheets and customers speak.
public struct BusinessProfile: Codable, Hashable, Sendable {
    public var name: String
    /// IANA time zone identifier, e.g. `America/Denver`.
    public var timeZoneIdentifier: String
    /// Where vans are loaded with parts; technicians who start here can pick up what a job needs.
    public var depot: GeoPoint
    public var depotAddress: String

    public init(name: String, timeZoneIdentifier: String, depot: GeoPoint, depotAddress: String = "") {
        self.name = name
        self.timeZoneIdentifier = timeZoneIdentifier
        self.depot = depot
        self.depotAddress = depotAddress
    }

    /// Whether `identifier` names a zone of the IANA database this machine knows.
    public static func isKnownTimeZone(_ identifier: String) -> Bool {
        identifier.contains("/") || identifier == "UTC" ? TimeZone(identifier: identifier) != nil : false
    }

    /// The business's calendar; the identifier was validated when the settings were made.
    public var calendar: BusinessCalendar {
        BusinessCalendar(timeZone: TimeZone(identifier: timeZoneIdentifier) ?? TimeZone(identifier: "UTC")!)
    }
}
