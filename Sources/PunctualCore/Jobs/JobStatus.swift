/// Where a job stands in its life, from request to the follow-up.
public enum JobStatus: String, Codable, CaseIterable, Sendable {
    /// Requested; no window promised yet.
    case requested
    /// A window is promised to the customer and is now a hard constraint.
    case booked
    /// Placed on a published plan.
    case scheduled
    case enRoute = "en_route"
    case arrived
    case inProgress = "in_progress"
    case completed
    /// The technician could not finish it (parts, access, ...); it needs another visit.
    case failed
    case cancelled

    /// Finished one way or another: no longer planned.
    public var isClosed: Bool { self == .completed || self == .failed || self == .cancelled }

    /// Promised and waiting for the technician, who has not reached the door yet: the visits a
    /// running-late notice can still be about.
    public var isAwaitingArrival: Bool { self == .booked || self == .scheduled || self == .enRoute }
}
