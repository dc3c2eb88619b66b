/// What a technician reports about a visit.
public enum VisitEventKind: String, Codable, CaseIterable, Sendable {
    case enRoute = "en_route"
    case arrived
    case started
    /// Work stops for a while (the break, a trip to the supplier); the job stays in progress.
    case paused
    /// Work is taking longer than planned: about `minutesLeft` more minutes; the job stays in
    /// progress, and the forecast of everything after it takes the technician's word at once.
    case runningOver = "running_over"
    case completed
    case unableToComplete = "unable_to_complete"
}
