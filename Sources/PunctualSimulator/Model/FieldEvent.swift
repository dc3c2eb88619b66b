import Foundation
import Punctual
import PunctualCore

/// Something a simulated technician does that a real one would post to the technician API.
public struct FieldEvent: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case position(GeoPoint)
        case enRoute(job: String)
        case arrived(job: String)
        case started(job: String)
        /// "Running over: about `minutes` more minutes", said once the work passes its stated duration.
        case runningOver(job: String, minutes: Int)
        case completed(job: String, partsUsed: [PartQuantity])
        case unableToComplete(job: String, reason: String)
    }

    public var at: Date
    public var technicianID: String
    public var kind: Kind

    public init(at: Date, technicianID: String, kind: Kind) {
        self.at = at
        self.technicianID = technicianID
        self.kind = kind
    }
}
