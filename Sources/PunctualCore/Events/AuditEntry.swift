import Foundation

/// One change made by hand, kept for good: who made it, when, what it did and why. Every
/// dispatcher change writes one in the transaction that makes the change.
public struct AuditEntry: Codable, Hashable, Sendable {
    public var id: Int64?
    public var at: Date
    /// Who: `cli:NAME` at the keyboard, `api:dispatcher` over the API, `system` for what follows.
    public var actor: String
    /// What kind of change: `job.add`, `job.edit`, `job.cancel`, `job.move`, `job.book`,
    /// `job.book_forced`, `job.reset`, `technician.absent`, `technician.shift`, `technician.add`,
    /// `technician.deactivate`, `plan.publish`.
    public var action: String
    public var jobID: String?
    public var technicianID: String?
    /// What changed, in the dispatcher's words (`duration 60 → 90 min`).
    public var detail: String
    public var reason: String

    public init(id: Int64? = nil, at: Date, actor: String, action: String, jobID: String? = nil, technicianID: String? = nil,
                detail: String, reason: String = "") {
        self.id = id
        self.at = at
        self.actor = actor
        self.action = action
        self.jobID = jobID
        self.technicianID = technicianID
        self.detail = detail
        self.reason = reason
    }
}
