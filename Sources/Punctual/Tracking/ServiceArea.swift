import Foundation
import PunctualCore

/// Where the business works: a circle round the depot that holds every technician's start and end
/// and every job, with a margin. A fix far outside it is a phone's bad fix or a test device, not
/// where a technician is: it is stored flagged and never shown or used as their position.
public struct ServiceArea: Hashable, Sendable {
    public var centre: GeoPoint
    public var radiusMetres: Double

    /// Added around the farthest known place; and the least radius an area has.
    public static let marginMetres = 50_000.0
    public static let minimumRadiusMetres = 80_000.0

    public init(centre: GeoPoint, radiusMetres: Double) {
        self.centre = centre
        self.radiusMetres = radiusMetres
    }

    /// The area round `centre` that holds `places`, with the margin.
    public init(centre: GeoPoint, holding places: [GeoPoint]) {
        let farthest = places.map { GreatCircleTravelTimes.greatCircleMetres(centre, $0) }.max() ?? 0
        self.init(centre: centre, radiusMetres: max(Self.minimumRadiusMetres, farthest + Self.marginMetres))
    }

    public func contains(_ point: GeoPoint) -> Bool {
        GreatCircleTravelTimes.greatCircleMetres(centre, point) <= radiusMetres
    }
}

extension Store {
    /// The business's area as its depot, technicians and jobs place it now.
    public func serviceArea() throws -> ServiceArea {
        let depot = try requireProfile().depot
        let places = try technicians().flatMap { [$0.start, $0.end] } + jobs().map(\.location)
        return ServiceArea(centre: depot, holding: places)
    }
}
