import Foundation
import PunctualCore

/// A break the published plan places on a technician's route, and the visit it follows: what the
/// phone shows ("break after visit 3") and what the technician is expected to do.
public struct PlannedBreak: Sendable, Hashable {
    public var interval: DateInterval
    /// The sequence of the visit it follows (0: before the first).
    public var afterSequence: Int
    /// The job of that visit, nil before the first.
    public var afterJobID: String?

    public init(interval: DateInterval, afterSequence: Int, afterJobID: String?) {
        self.interval = interval
        self.afterSequence = afterSequence
        self.afterJobID = afterJobID
    }

    /// The breaks of `route` placed among `day`'s stops: each follows the last visit planned to end
    /// by the time it starts.
    public static func placements(of route: PlanRoute?, in day: TechnicianDay) -> [PlannedBreak] {
        (route?.breaks ?? []).map { interval in
            let before = stop(before: interval.start, in: day)
            return PlannedBreak(interval: interval, afterSequence: before?.visit.sequence ?? 0, afterJobID: before?.job.id)
        }
    }

    /// The stop a break starting at `start` follows: the last visit planned to end by then.
    public static func stop(before start: Date, in day: TechnicianDay) -> TechnicianDay.Stop? {
        day.stops.last { $0.visit.plannedEnd <= start }
    }
}
