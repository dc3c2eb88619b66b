import Foundation

/// Something the field reported or the tracker concluded that another capability (messaging,
/// re-dispatch) acts on. Written in the transaction that caused it, so none is lost; consumers read
/// unconsumed events in id order and mark them consumed once handled.
public struct DomainEvent: Hashable, Sendable {
    public enum Kind: String, Sendable, Codable {
        /// A visit's P(late) crossed the threshold: act before the window closes.
        case visitAtRisk = "visit_at_risk"
        /// The technician set off for the visit: tell the customer when to expect them.
        case visitEnRoute = "visit_en_route"
        /// The visit's work is done: say what was done, and later ask how it went.
        case visitCompleted = "visit_completed"
        /// The technician could not finish: the dispatcher must rebook it.
        case visitUnableToComplete = "visit_unable_to_complete"
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
