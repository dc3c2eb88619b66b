import Foundation

/// One GPS fix from a technician's phone.
public struct PositionFix: Hashable, Sendable, Codable {
    /// When the phone took the fix (not when it arrived: fixes are often sent late, in batches).
    public var at: Date
    public var location: GeoPoint
    /// Horizontal accuracy radius, metres.
    public var accuracyMetres: Double?
    /// Ground speed, metres per second.
    public var speedMetresPerSecond: Double?
    /// Direction of travel, degrees clockwise from true north, 0 ≤ heading < 360.
    public var heading: Double?
    /// Far outside the business's area (a phone's bad fix, a test device): kept, flagged, and never
    /// taken as where the technician is.
    public var outsideArea: Bool

    public init(at: Date, location: GeoPoint, accuracyMetres: Double? = nil, speedMetresPerSecond: Double? = nil, heading: Double? = nil,
                outsideArea: Bool = false) {
        self.at = at
        self.location = location
        self.accuracyMetres = accuracyMetres
        self.speedMetresPerSecond = speedMetresPerSecond
        self.heading = heading
        self.outsideArea = outsideArea
    }
}
