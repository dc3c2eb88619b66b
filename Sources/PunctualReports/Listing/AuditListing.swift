import Foundation
import Punctual
import PunctualCore

/// An audit entry as `history --format json` and `GET /v1/jobs/{id}/history` print it: local
/// time with the business's offset.
public struct AuditListing: Codable, Equatable, Sendable {
    public var at: String
    public var actor: String
    public var action: String
    public var job: String?
    public var technician: String?
    public var detail: String
    public var reason: String

    public init(_ entry: AuditEntry, calendar: BusinessCalendar) {
        at = calendar.iso8601(entry.at)
        actor = entry.actor
        action = entry.action
        job = entry.jobID
        technician = entry.technicianID
        detail = entry.detail
        reason = entry.reason
    }
}
