import Foundation

/// Something the tracker concluded that another capability (messaging) acts on. Consumers read
/// unconsumed events in id order and mark them consumed once handled.
public struct DomainEvent: Hashable, Sendable {
    public enum Kind: String, Sendable, Codable {
        /// A visit's P(late) crossed the threshold: act before the window closes.
        case visitAtRisk = "visit_at_risk"
    }

    public var id: Int64?
    public var kind: Kind
    public var jobID: String?
    public var technicianID: String?
    /// When the tracker concluded it.
    public var at: Date
    /// Seconds left before the window closes when the event was raised.
    public var leadSeconds: Int?
    /// The probability of arriving after the window end at that moment.
    public var pLate: Double?
    public var consumedAt: Date?

    public init(id: Int64? = nil, kind: Kind, jobID: String?, technicianID: String?, at: Date,
                leadSeconds: Int? = nil, pLate: Double? = nil, consumedAt: Date? = nil) {
        self.id = id
        self.kind = kind
        self.jobID = jobID
        self.technicianID = technicianID
        self.at = at
        self.leadSeconds = leadSeconds
        self.pLate = pLate
        self.consumedAt = consumedAt
    }
}
