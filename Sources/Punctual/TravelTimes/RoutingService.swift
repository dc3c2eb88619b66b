import Foundation
import PunctualCore

/// A travel-time provider that asks a service over the network: it can fail, it is worth caching,
/// and reports name it by its URL.
public protocol RoutingService: TravelTimeProvider {
    /// Where the service answers, e.g. `http://router.local:5000`.
    var baseURL: URL { get }
}
