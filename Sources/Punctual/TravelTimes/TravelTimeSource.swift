import Foundation
import PunctualCore

/// Where a plan's travel matrix came from, to print with the plan and store beside it.
public enum TravelTimeSource: Sendable, Equatable, CustomStringConvertible {
    /// A routing service answered (or its cached answer was used).
    case service(name: String, url: URL)
    /// The embedded estimate, by its provider's name (`great-circle`).
    case estimate(name: String)

    public var description: String {
        switch self {
        case .service(let name, let url): "\(name) \(url.absoluteString)"
        case .estimate(let name): name
        }
    }
}
