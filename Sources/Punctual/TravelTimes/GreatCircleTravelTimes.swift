import Foundation
import PunctualCore

/// The embedded, offline travel-time estimate: great-circle distance stretched by a road-circuity
/// factor, driven at a steady speed, plus a fixed time per trip to park and walk to the door.
///
/// Crude next to a road network, but it needs nothing but coordinates, never fails, and its errors
/// are what the arrival-time spread has to absorb anyway. The defaults suit a small city.
public struct GreatCircleTravelTimes: TravelTimeProvider {
    public let name = "great-circle"
    /// Road distance ÷ straight-line distance; about 1.3 in gridded towns.
    public var circuity: Double
    /// Average driving speed, in kilometres per hour.
    public var speedKilometresPerHour: Double
    /// Added to every trip between distinct places, in seconds.
    public var perTripSeconds: Int

    public init(circuity: Double = 1.3, speedKilometresPerHour: Double = 40, perTripSeconds: Int = 120) {
        precondition(circuity >= 1 && speedKilometresPerHour > 0 && perTripSeconds >= 0,
                     "circuity ≥ 1, a positive speed and a non-negative trip overhead")
        self.circuity = circuity
        self.speedKilometresPerHour = speedKilometresPerHour
        self.perTripSeconds = perTripSeconds
    }

    /// Mean Earth radius in metres (IUGG).
    static let earthRadius = 6_371_008.8

    /// Haversine distance in metres.
    public static func greatCircleMetres(_ a: GeoPoint, _ b: GeoPoint) -> Double {
        let radians = Double.pi / 180
        let dLat = (b.latitude - a.latitude) * radians
        let dLon = (b.longitude - a.longitude) * radians
        let h = sin(dLat / 2) * sin(dLat / 2)
            + cos(a.latitude * radians) * cos(b.latitude * radians) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * earthRadius * asin(min(1, sqrt(h)))
    }

    /// Driving time (seconds) and road distance (metres) of one trip.
    public func trip(from a: GeoPoint, to b: GeoPoint) -> (seconds: Int, metres: Int) {
        let road = Self.greatCircleMetres(a, b) * circuity
        let metres = Int(road.rounded())
        return (metres == 0 ? 0 : Int((road / (speedKilometresPerHour / 3.6)).rounded()) + perTripSeconds, metres)
    }

    public func matrix(for points: [GeoPoint]) -> TravelMatrix {
        let n = points.count
        var durations = [Int](repeating: 0, count: n * n)
        var distances = [Int](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in (i + 1)..<n {
                let (seconds, metres) = trip(from: points[i], to: points[j])
                distances[i * n + j] = metres
                distances[j * n + i] = metres
                durations[i * n + j] = seconds
                durations[j * n + i] = seconds
            }
        }
        return TravelMatrix(count: n, durations: durations, distances: distances)
    }
}
