/// A position on the Earth in WGS 84 degrees, as GPS fixes and spreadsheets give it.
public struct GeoPoint: Hashable, Codable, Sendable {
    /// Degrees north of the equator, −90…90.
    public var latitude: Double
    /// Degrees east of Greenwich, −180…180.
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    public static func isValidLatitude(_ value: Double) -> Bool { value.isFinite && abs(value) <= 90 }
    public static func isValidLongitude(_ value: Double) -> Bool { value.isFinite && abs(value) <= 180 }
}
