import Foundation
import PunctualCore

/// A routing service behind the store's travel cache: a matrix already fetched for the same service
/// and the same ordered points is read back instead of asked for again, so re-planning or offering
/// windows over an unchanged set of places costs no request.
///
/// Only service answers are cached; the great-circle estimate is cheaper to compute than to look up.
/// Store failures are thrown like service failures, so the resolver falls back and says why.
public struct CachedTravelTimes: RoutingService {
    public let store: Store
    public let service: any RoutingService

    public init(store: Store, service: any RoutingService) {
        self.store = store
        self.service = service
    }

    public var name: String { service.name }
    public var baseURL: URL { service.baseURL }

    /// Identifies the service in the cache: its kind and where it answers.
    var cacheKey: String { "\(service.name) \(service.baseURL.absoluteString)" }

    public func matrix(for points: [GeoPoint]) throws -> TravelMatrix {
        if let cached = try store.cachedTravelMatrix(service: cacheKey, points: points) {
            return cached
        }
        let matrix = try service.matrix(for: points)
        // When it was fetched is bookkeeping (for clearing old answers), not a decision: the machine's clock.
        try store.cacheTravelMatrix(matrix, service: cacheKey, points: points, at: Date())
        return matrix
    }
}
