import Foundation
import Punctual
import PunctualCore

/// `GET /v1/board`: every technician's position, freshness, current visit and forecasts.
public struct BoardResponse: Codable, Sendable {
    public struct Position: Codable, Sendable {
        public var lat: Double
        public var lon: Double
        public var at: String
    }

    public struct Visit: Codable, Sendable {
        public var sequence: Int
        public var job_id: String
        public var status: String
        public var window_start: String?
        public var window_end: String?
        public var planned_arrival: String
        public var median_arrival: String?
        public var p90_arrival: String?
        public var p_late: Double?
        public var at_risk: Bool
        /// Who and where, for the board's map and its "call the customer".
        public var customer_name: String?
        public var customer_phone: String?
        public var address: String?
        public var lat: Double?
        public var lon: Double?
    }

    public struct Technician: Codable, Sendable {
        public var technician_id: String
        public var name: String
        public var position: Position?
        public var fix_age_s: Int?
        public var stale: Bool
        public var current_job_id: String?
        public var current_status: String?
        public var elapsed_service_s: Int?
        public var visits: [Visit]
    }

    public var date: String
    public var generated_at: String
    public var technicians: [Technician]

    /// The board of `date`, with each visit's customer and place read from `store` when given.
    public init(date: LocalDate, now: Date, board: [TechnicianForecast], calendar: BusinessCalendar, store: Store? = nil) throws {
        let jobs = Dictionary(uniqueKeysWithValues: try store?.jobs(on: date).map { ($0.id, $0) } ?? [])
        // Only the day's customers: the live board reads this every second.
        let customers = Dictionary(uniqueKeysWithValues: try (jobs.isEmpty ? [] : store?.customers(ids: Array(Set(jobs.values.map(\.customerID)))) ?? [])
            .compactMap { customer in customer.id.map { ($0, customer) } })
        self.date = date.description
        generated_at = calendar.iso8601(now)
        technicians = board.map { row in
            Technician(
                technician_id: row.technicianID, name: row.name,
                position: row.lastFix.map { Position(lat: $0.location.latitude, lon: $0.location.longitude, at: calendar.iso8601($0.at)) },
                fix_age_s: row.fixAge.map { Int($0.rounded()) }, stale: row.stale, current_job_id: row.currentJobID,
                current_status: row.currentStatus?.rawValue, elapsed_service_s: row.elapsedService,
                visits: row.visits.map { visit in
                    Visit(sequence: visit.sequence, job_id: visit.jobID, status: visit.status.rawValue,
                          window_start: visit.window.map { calendar.iso8601($0.start) },
                          window_end: visit.window.map { calendar.iso8601($0.end) },
                          planned_arrival: calendar.iso8601(visit.plannedArrival),
                          median_arrival: visit.forecast.map { calendar.iso8601($0.medianArrival) },
                          p90_arrival: visit.forecast.map { calendar.iso8601($0.p90Arrival) },
                          p_late: visit.forecast?.pLate, at_risk: visit.atRisk,
                          customer_name: jobs[visit.jobID].flatMap { customers[$0.customerID]?.name },
                          customer_phone: jobs[visit.jobID].flatMap { customers[$0.customerID]?.phone },
                          address: jobs[visit.jobID]?.address,
                          lat: jobs[visit.jobID]?.location.latitude, lon: jobs[visit.jobID]?.location.longitude)
                })
        }
    }
}
