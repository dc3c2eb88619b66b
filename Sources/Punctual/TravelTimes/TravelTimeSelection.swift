import PunctualCore
/// Chooses where travel times come from, per the business's settings: the routing service at
/// `routing.url` when set (through the store's cache when one is given), else — or when the service
/// fails, with a warning — the embedded estimate at the configured speed and circuity.
public struct TravelTimeSelection: Sendable {
    /// Where routing-service answers are cached; nil inside a store transaction (the cache writes
    /// through the store, which cannot be re-entered) or when caching is not wanted.
    public var cache: Store?

    public init(cache: Store? = nil) {
        self.cache = cache
    }

    public func matrix(for points: [GeoPoint], settings: Settings) -> TravelMatrixResult {
        let service: (any RoutingService)? = settings.routingURL.map { url in
            let osrm = OSRMTravelTimes(baseURL: url, timeout: .milliseconds(Int(settings.number(.routingTimeoutSeconds) * 1000)))
            return cache.map { CachedTravelTimes(store: $0, service: osrm) } ?? osrm
        }
        return TravelTimeResolver(service: service, fallback: settings.greatCircleTravelTimes).matrix(for: points)
    }
}
