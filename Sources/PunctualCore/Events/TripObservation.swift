import Foundation

/// One trip a technician reported: from where they set off (the visit before, or their start) to
/// the visit they reported arriving at, and how long it took from `en_route` to `arrived`.
public struct TripObservation: Hashable, Sendable {
    public var origin: GeoPoint
    public var destination: GeoPoint
    public var departedAt: Date
    public var actualSeconds: Int

    public init(origin: GeoPoint, destination: GeoPoint, departedAt: Date, actualSeconds: Int) {
        self.origin = origin
        self.destination = destination
        self.departedAt = departedAt
        self.actualSeconds = actualSeconds
    }
}
