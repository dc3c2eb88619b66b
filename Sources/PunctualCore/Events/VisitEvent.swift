import Foundation

/// A progress report on one visit, as stored: what happened, when, and the job's status after it.
public struct VisitEvent: Hashable, Sendable {
    public var id: Int64?
    public var jobID: String
    public var technicianID: String
    public var kind: VisitEventKind
    public var at: Date
    public var statusAfter: JobStatus
    /// For `completed`: the parts taken from the van.
    public var partsUsed: [PartQuantity]
    /// For `completed`: what was done, for the customer and the job's history.
    public var notes: String?
    /// For `unable_to_complete`: why, e.g. "customer not home".
    public var reason: String?
    /// For `running_over`: the technician's estimate of the work left, minutes.
    public var minutesLeft: Int?
    /// The client's `Idempotency-Key`: a retry with the same key returns this event unchanged.
    public var idempotencyKey: String?

    public init(id: Int64? = nil, jobID: String, technicianID: String, kind: VisitEventKind, at: Date,
                statusAfter: JobStatus, partsUsed: [PartQuantity] = [], notes: String? = nil,
                reason: String? = nil, minutesLeft: Int? = nil, idempotencyKey: String? = nil) {
        self.id = id
        self.jobID = jobID
        self.technicianID = technicianID
        self.kind = kind
        self.at = at
        self.statusAfter = statusAfter
        self.partsUsed = partsUsed
        self.notes = notes
        self.reason = reason
        self.minutesLeft = minutesLeft
        self.idempotencyKey = idempotencyKey
    }
}
