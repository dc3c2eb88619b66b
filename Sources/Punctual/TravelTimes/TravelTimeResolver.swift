import PunctualCore
/// Chooses the travel matrix for a plan: the configured routing service when it answers, otherwise
/// the embedded estimate — never silently, always with a warning that says what failed.
public struct TravelTimeResolver: Sendable {
    /// The routing service from the settings, usually wrapped in `CachedTravelTimes`; nil when none
    /// is configured.
    public let service: (any RoutingService)?
    /// What stands in when there is no service or it fails.
    public let fallback: GreatCircleTravelTimes

    public init(service: (any RoutingService)?, fallback: GreatCircleTravelTimes = GreatCircleTravelTimes()) {
        self.service = service
        self.fallback = fallback
    }

    public func matrix(for points: [GeoPoint]) -> TravelMatrixResult {
        let estimate = TravelTimeSource.estimate(name: fallback.name)
        guard let service else {
            return TravelMatrixResult(matrix: fallback.matrix(for: points), source: estimate)
        }
        do {
            let matrix = try service.matrix(for: points)
            return TravelMatrixResult(matrix: matrix, source: .service(name: service.name, url: service.baseURL))
        } catch {
            let warning = "routing service \(service.name) at \(service.baseURL.absoluteString) failed: \(error); "
                + "using \(fallback.name) estimates"
            return TravelMatrixResult(matrix: fallback.matrix(for: points), source: estimate, warning: warning)
        }
    }
}
