/// What a technician reports about a visit.
public enum VisitEventKind: String, Codable, CaseIterable, Sendable {
    case enRoute = "en_route"
    case arrived
    case started
    /// Work stops for a while (the break, a trip to the supplier); the job stays in progress.
    case paused
    case completed
    case unableToComplete = "unable_to_complete"
}
