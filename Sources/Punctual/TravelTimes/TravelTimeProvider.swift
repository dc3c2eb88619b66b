import PunctualCore
/// Where travel times come from: the embedded estimate by default, a routing service when configured.
public protocol TravelTimeProvider: Sendable {
    /// A short name for reports and warnings, e.g. `great-circle` or `osrm`.
    var name: String { get }
    func matrix(for points: [GeoPoint]) throws -> TravelMatrix
}
