import Foundation
import Punctual
import PunctualCore

/// `GET /v1/me/route`: the technician's published route for a date. An object (not a bare array)
/// so the day's parts checklist can sit beside the visits.
struct RouteResponse: Codable {
    struct Visit: Codable {
        var sequence: Int
        var job_id: String
        var status: String
        var type: String
        var customer_name: String
        var address: String
        var lat: Double
        var lon: Double
        var window_start: String?
        var window_end: String?
        var planned_arrival: String
        var planned_start: String
        var planned_end: String
        var duration_minutes: Int
        var notes: String
        /// To call ahead (the phone page's "call").
        var customer_phone: String
        /// The tracker's latest median arrival, for a visit not yet reached.
        var forecast_arrival: String?
        /// The parts the job is listed with (what "done" asks about).
        var parts: [Part]
    }

    struct Part: Codable {
        var part: String
        var quantity: Int
    }

    struct ChecklistItem: Codable {
        var part: String
        var needed: Int
        var in_van: Int
        var load: Int
    }

    /// A planned break: when, and after which visit (so the phone can say "break after visit 3").
    struct Break: Codable {
        var start: String
        var end: String
        var minutes: Int
        var after_visit: Int
    }

    var technician_id: String
    var date: String
    /// The server's clock when it answered: a phone stamps the reports it queues offline by it,
    /// not by its own clock, which may be minutes off.
    var now: String
    var visits: [Visit]
    /// What to have in the van for the day (from the published plan).
    var checklist: [ChecklistItem]
    /// The breaks the published plan places on the route.
    var breaks: [Break]

    /// - Parameter parts: each job's listed parts (the tracker's day does not carry them).
    init(_ day: TechnicianDay, route: PlanRoute?, calendar: BusinessCalendar, now: Date, forecasts: [String: Date] = [:],
         parts: [String: [PartQuantity]] = [:]) {
        technician_id = day.technician.id
        date = day.date.description
        self.now = calendar.iso8601(now)
        checklist = (route?.checklist ?? []).map { ChecklistItem(part: $0.part, needed: $0.needed, in_van: $0.inVan, load: $0.load) }
        breaks = PlannedBreak.placements(of: route, in: day).map { planned in
            Break(start: calendar.iso8601(planned.interval.start), end: calendar.iso8601(planned.interval.end),
                  minutes: Int((planned.interval.duration / 60).rounded()), after_visit: planned.afterSequence)
        }
        visits = day.stops.map { stop in
            Visit(sequence: stop.visit.sequence, job_id: stop.job.id, status: stop.job.status.rawValue, type: stop.job.type,
                  customer_name: stop.customer?.name ?? "", address: stop.job.address,
                  lat: stop.job.location.latitude, lon: stop.job.location.longitude,
                  window_start: stop.job.promisedWindow.map { calendar.iso8601($0.start) },
                  window_end: stop.job.promisedWindow.map { calendar.iso8601($0.end) },
                  planned_arrival: calendar.iso8601(stop.visit.plannedArrival),
                  planned_start: calendar.iso8601(stop.visit.plannedStart),
                  planned_end: calendar.iso8601(stop.visit.plannedEnd),
                  duration_minutes: stop.job.durationMinutes, notes: stop.job.notes, customer_phone: stop.customer?.phone ?? "",
                  forecast_arrival: forecasts[stop.job.id].map { calendar.iso8601($0) },
                  parts: (parts[stop.job.id] ?? stop.job.parts).map { Part(part: $0.part, quantity: $0.quantity) })
        }
    }
}
