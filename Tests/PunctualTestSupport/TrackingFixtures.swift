import Foundation
import Punctual
import PunctualCore

/// Constructed days for the tracker: one technician in Missoula on 2026-11-24 (Denver time).
public enum TrackingFixtures {
    public static let date = LocalDate(year: 2026, month: 11, day: 24)!
    public static let calendar = Fixtures.settings.calendar
    public static let depot = GeoPoint(latitude: 46.8705, longitude: -114.026)

    /// Local wall-clock time on the fixture date as an instant.
    public static func at(_ hour: Int, _ minute: Int = 0) -> Date {
        calendar.instant(date, TimeOfDay(hour: hour, minute: minute))
    }

    public static func technician(breakRule: BreakRule? = nil) -> Technician {
        Technician(id: "T01", name: "Kim Edwards", start: depot,
                   shift: TimeOfDayRange(start: TimeOfDay(hour: 8), end: TimeOfDay(hour: 17)), skills: ["hvac"], breakRule: breakRule)
    }

    /// A point `kilometres` due north of the depot.
    public static func north(_ kilometres: Double) -> GeoPoint {
        GeoPoint(latitude: depot.latitude + kilometres / 111.2, longitude: depot.longitude)
    }

    public static func job(_ id: String, at location: GeoPoint, window: (Date, Date)?, minutes: Int = 60, type: String = "ac-repair",
                    status: JobStatus = .scheduled) -> Job {
        Job(id: id, customerID: 1, address: "\(id) Street", location: location, type: type, durationMinutes: minutes,
            skills: [], parts: [], priority: .normal, date: date,
            promisedWindow: window.map { DateInterval(start: $0.0, end: $0.1) }, availability: [], status: status, notes: "")
    }

    public static func stop(_ sequence: Int, _ job: Job, startedAt: Date? = nil) -> TechnicianDay.Stop {
        TechnicianDay.Stop(visit: PlanVisit(technicianID: "T01", sequence: sequence, jobID: job.id, plannedArrival: at(9),
                                            plannedStart: at(9), plannedEnd: at(10)),
                           job: job, startedAt: startedAt)
    }

    public static func day(_ stops: [TechnicianDay.Stop], fix: PositionFix? = nil, breakRule: BreakRule? = nil) -> TechnicianDay {
        TechnicianDay(technician: technician(breakRule: breakRule), date: date, stops: stops, lastFix: fix, pausesTaken: 0)
    }

    /// Driving time from the depot to `point` by the default estimate, seconds.
    public static func travel(to point: GeoPoint) -> Int {
        GreatCircleTravelTimes().matrix(for: [depot, point]).duration(from: 0, to: 1)
    }
}
