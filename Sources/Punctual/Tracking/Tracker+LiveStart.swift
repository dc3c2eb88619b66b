import Foundation
import PunctualCore

extension Tracker {
    /// Where `day` stands at `now`, as the tracker forecasts it: the technician's place, when they
    /// will be free (the work on site at its learned median, or their own word on it), and whether
    /// the break is behind them. `partsUsed` is left empty: the day's stops do not carry parts.
    /// Nil when the technician is not out yet (before their shift, nothing reached): their day
    /// starts where it always does.
    public func liveStart(of day: TechnicianDay, now: Date) throws -> LiveStart? {
        let shift = calendar.interval(day.date, day.technician.shift)
        let reached = day.stops.contains { $0.setOffAt != nil || $0.job.status.isUnderWayOrDone }
        guard now >= shift.start || reached else { return nil }
        let remaining = try RemainingRouteProblem(day: day, now: now, calendar: calendar, travelTimes: travelTimes,
                                                  model: try serviceModel(), policy: policy)
        let ready = remaining.origin.addingTimeInterval(TimeInterval(remaining.start.time + remaining.start.remainingService))
        return LiveStart(location: remaining.here, readyAt: ready,
                         breakTaken: day.technician.breakRule == nil || remaining.start.breaksTaken > 0)
    }
}
