/// The legal moves of a visit's life, from a published route to done.
///
/// `paused` is an event that leaves the job in progress (resumed by `started`); everything else
/// moves the job's status. `started` without `arrived` (a forgotten tap) is the arrival too. A closed job (completed, failed, cancelled) accepts nothing further.
public enum VisitTransition {
    /// The status after `event`, or why it cannot happen from `status`.
    /// - Parameter paused: whether the last event on the job was `paused`.
    public static func next(from status: JobStatus, on event: VisitEventKind, paused: Bool, job: String) throws(ProgressError) -> JobStatus {
        func refuse(_ reason: String) -> ProgressError {
            .illegalTransition(job: job, status: status, event: event, reason: reason)
        }
        if status.isClosed { throw refuse("the visit is already \(status.rawValue)") }
        let notYetThere: Set<JobStatus> = [.requested, .booked, .scheduled]
        switch event {
        case .enRoute:
            guard notYetThere.contains(status) else { throw refuse("the technician is already on the way or on site") }
            return .enRoute
        case .arrived:
            guard notYetThere.contains(status) || status == .enRoute else { throw refuse("the technician has already arrived") }
            return .arrived
        case .started:
            if status == .arrived || (status == .inProgress && paused) { return .inProgress }
            // A phone that forgot "arrived": starting work says the technician is there.
            if notYetThere.contains(status) || status == .enRoute { return .inProgress }
            throw refuse("work is already under way")
        case .paused:
            guard status == .inProgress else { throw refuse("only work in progress can be paused") }
            guard !paused else { throw refuse("work is already paused") }
            return .inProgress
        case .runningOver:
            guard status == .inProgress else { throw refuse("only work in progress can run over") }
            return .inProgress
        case .completed:
            guard status == .inProgress else { throw refuse("a visit must be started before it is completed") }
            return .completed
        case .unableToComplete:
            guard status == .enRoute || status == .arrived || status == .inProgress else {
                throw refuse("report en_route or arrived first; a visit not begun is reassigned by the dispatcher")
            }
            return .failed
        }
    }
}
