import Foundation
import Hummingbird
import NIOPosix
import Punctual
import PunctualCore
import PunctualImport
import PunctualReports

/// The dispatcher's changes over the API, under the dispatcher token: add, edit, cancel, move and
/// correct jobs, read their history, and record a technician's absence. Each is the same service
/// call as the CLI's, one transaction with its audit entry; the handlers only translate.
enum DeskRoutes {
    static let actor = "api:dispatcher"

    struct EditRequest: Decodable {
        var duration_minutes: Int?
        var parts: [PartRequest]?
        var skills: [String]?
        var priority: Priority?
        var notes: String?
        var force: Bool?
        var reason: String?
    }

    struct PartRequest: Decodable {
        var part: String
        var quantity: Int
    }

    struct ReasonRequest: Decodable {
        var reason: String? = nil
    }

    struct MoveRequest: Decodable {
        var window_start: String
        var window_end: String
        var force: Bool?
        var reason: String?
    }

    struct ResetRequest: Decodable {
        var status: JobStatus
        var reason: String
    }

    struct AbsenceRequest: Decodable {
        var date: String
        var from: String?
        var until: String?
        var reason: String?
    }

    struct JobResponse: Encodable {
        var id: String
        var date: String
        var status: String
        var duration_minutes: Int
        var window_start: String?
        var window_end: String?
        var forced_promise: Bool

        init(_ job: Job, calendar: BusinessCalendar) {
            id = job.id
            date = job.date.description
            status = job.status.rawValue
            duration_minutes = job.durationMinutes
            window_start = job.promisedWindow.map { calendar.iso8601($0.start) }
            window_end = job.promisedWindow.map { calendar.iso8601($0.end) }
            forced_promise = job.forcedPromise
        }
    }

    struct ShiftRequest: Decodable {
        var date: String
        var hours: String
        var reason: String?
    }

    struct DeactivateRequest: Decodable {
        var date: String
        var reason: String?
    }

    struct TechnicianRequest: Decodable {
        var id: String
        var name: String
        var lat: Double
        var lon: Double
        var shift: String
        var skills: [String]
    }

    struct OfferResponse: Encodable {
        var date: String
        var window_start: String
        var window_end: String
        var technician: String
        var on_time_probability: Double
    }

    struct RosterResponse: Encodable {
        struct Day: Encodable {
            var date: String
            var plan_version: Int
            var handed_over: [String]
            var broken: [String]
            var told: [String]
        }
        var technician: String
        var days: [Day]

        init(_ outcome: RosterDesk.Outcome, technician: String) {
            self.technician = technician
            days = outcome.days.map { day in
                Day(date: day.date.description, plan_version: day.plan.version, handed_over: day.report.changes.handovers.map(\.jobID),
                    broken: day.report.changes.broken, told: day.report.notices.map(\.jobID).sorted())
            }
        }
    }

    static func add(to router: Router<APIRequestContext>, services: APIServices) {
        let auth = AuthMiddleware(tokens: services.tokens, role: .dispatcher)
        let jobs = router.group("v1/jobs").add(middleware: auth)
        let technicians = router.group("v1/technicians").add(middleware: auth)
        let calendar = services.tracker.calendar
        let store = services.store

        @Sendable func job(_ id: String) throws -> Response {
            guard let job = try store.job(id) else { throw DeskError.unknownJob(id) }
            return try JSONEncoder().encodeAsResponse(JobResponse(job, calendar: calendar))
        }

        // POST /v1/jobs  {customer, phone, lat, lon, type, duration_minutes, date, …}: the columns of jobs.csv
        jobs.post("") { request, context -> Response in
            var request = request
            let body = try await request.decodeJSON([String: JSONScalar].self, context: context)
            let values = body.mapValues(\.text)
            // The CSV's own rule takes any real date; the API's days are this century's, as everywhere.
            if let date = values["date"] { _ = try APITime.day(date.trimmingCharacters(in: .whitespaces)) }
            let added = try await offLoop { try JobIntake(store: store).add(values, actor: actor, now: services.clock()) }
            return try JSONEncoder().encodeAsResponse(JobResponse(added, calendar: calendar), status: .created)
        }

        // PATCH /v1/jobs/{id}
        jobs.patch(":id") { request, context -> Response in
            var request = request
            let id = try context.parameters.require("id")
            let body = try await request.decodeJSON(EditRequest.self, context: context)
            let edits = JobDesk.Edits(durationMinutes: body.duration_minutes,
                                      parts: body.parts?.map { PartQuantity(part: $0.part, quantity: $0.quantity) },
                                      skills: body.skills, priority: body.priority, notes: body.notes)
            try await offLoop { try JobDesk(store: store).edit(id, edits, force: body.force ?? false, actor: actor, reason: body.reason ?? "", now: services.clock()) }
            return try job(id)
        }

        // POST /v1/jobs/{id}/cancel
        jobs.post(":id/cancel") { request, context -> Response in
            var request = request
            let id = try context.parameters.require("id")
            let body = try await request.decodeJSONIfAny(ReasonRequest.self, context: context) ?? ReasonRequest()
            try await offLoop { try JobDesk(store: store).cancel(id, actor: actor, reason: body.reason ?? "", now: services.clock()) }
            return try job(id)
        }

        // POST /v1/jobs/{id}/move  {window_start, window_end}
        jobs.post(":id/move") { request, context -> Response in
            var request = request
            let id = try context.parameters.require("id")
            let body = try await request.decodeJSON(MoveRequest.self, context: context)
            let start = try APITime.parse(body.window_start, field: "window_start")
            let end = try APITime.parse(body.window_end, field: "window_end")
            guard end > start else {
                throw InvalidInput(field: "window_end", detail: "'\(body.window_end)' is not after window_start")
            }
            try await offLoop {
                try JobDesk(store: store).move(id, to: DateInterval(start: start, end: end), force: body.force ?? false, actor: actor,
                                               reason: body.reason ?? "", now: services.clock())
            }
            return try job(id)
        }

        // POST /v1/jobs/{id}/reset  {status, reason}
        jobs.post(":id/reset") { request, context -> Response in
            var request = request
            let id = try context.parameters.require("id")
            let body = try await request.decodeJSON(ResetRequest.self, context: context)
            try await offLoop { try JobDesk(store: store).reset(id, to: body.status, actor: actor, reason: body.reason, now: services.clock()) }
            return try job(id)
        }

        // GET /v1/jobs/{id}/history
        jobs.get(":id/history") { _, context -> Response in
            let id = try context.parameters.require("id")
            guard try store.job(id) != nil else { throw DeskError.unknownJob(id) }
            return try JSONEncoder().encodeAsResponse(try store.history(jobID: id).map { AuditListing($0, calendar: calendar) })
        }

        // POST /v1/technicians/{id}/absences  {date, from?, until?, reason?}
        technicians.post(":id/absences") { request, context -> Response in
            var request = request
            let id = try context.parameters.require("id")
            let body = try await request.decodeJSON(AbsenceRequest.self, context: context)
            let date = try APITime.day(body.date)
            func time(_ text: String?, _ field: String) throws -> TimeOfDay? {
                guard let text else { return nil }
                guard let time = TimeOfDay(parsing: text) else { throw InvalidInput(field: field, detail: "'\(text)' is not a time HH:MM") }
                return time
            }
            let (from, until) = (try time(body.from, "from"), try time(body.until, "until"))
            let outcome = try await offLoop {
                try RosterDesk(store: store).absent(id, on: date, from: from, until: until, actor: actor, reason: body.reason ?? "",
                                                    now: services.clock())
            }
            return try JSONEncoder().encodeAsResponse(RosterResponse(outcome, technician: id), status: .created)
        }

        // GET /v1/technicians/{id}/history
        technicians.get(":id/history") { _, context -> Response in
            let id = try context.parameters.require("id")
            guard try store.technician(id) != nil else { throw DeskError.unknownTechnician(id) }
            return try JSONEncoder().encodeAsResponse(try store.history(technicianID: id).map { AuditListing($0, calendar: calendar) })
        }

        // POST /v1/technicians/{id}/shifts  {date, hours: "HH:MM-HH:MM", reason?}: one day's other hours
        technicians.post(":id/shifts") { request, context -> Response in
            var request = request
            let id = try context.parameters.require("id")
            let body = try await request.decodeJSON(ShiftRequest.self, context: context)
            let date = try APITime.day(body.date)
            guard let hours = TimeOfDayRange(parsing: body.hours) else {
                throw InvalidInput(field: "hours", detail: "'\(body.hours)' is not HH:MM-HH:MM with the end after the start")
            }
            let outcome = try await offLoop {
                try RosterDesk(store: store).shift(id, on: date, hours, actor: actor, reason: body.reason ?? "", now: services.clock())
            }
            return try JSONEncoder().encodeAsResponse(RosterResponse(outcome, technician: id), status: .created)
        }

        // POST /v1/technicians/{id}/deactivate  {date, reason?}: works no more from that date
        technicians.post(":id/deactivate") { request, context -> Response in
            var request = request
            let id = try context.parameters.require("id")
            let body = try await request.decodeJSON(DeactivateRequest.self, context: context)
            let date = try APITime.day(body.date)
            let outcome = try await offLoop {
                try RosterDesk(store: store).deactivate(id, from: date, actor: actor, reason: body.reason ?? "", now: services.clock())
            }
            return try JSONEncoder().encodeAsResponse(RosterResponse(outcome, technician: id), status: .created)
        }

        // POST /v1/technicians  {id, name, lat, lon, shift, skills}
        technicians.post("") { request, context -> Response in
            var request = request
            let body = try await request.decodeJSON(TechnicianRequest.self, context: context)
            // The rules of a technicians.csv row.
            guard RowReader.isIdentifier(body.id) else {
                throw InvalidInput(field: "id", detail: "'\(body.id)' is not a valid id (use letters, digits, '-', '_' or '.')")
            }
            let name = body.name.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { throw InvalidInput(field: "name", detail: "is required") }
            let skills = body.skills.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard !skills.isEmpty else { throw InvalidInput(field: "skills", detail: "is required (e.g. [\"hvac\", \"plumbing\"])") }
            if let bad = skills.first(where: { !RowReader.isSkillName($0) }) {
                throw InvalidInput(field: "skills", detail: "'\(bad)' is not a valid skill name (letters, digits, '-' or '_')")
            }
            guard let shift = TimeOfDayRange(parsing: body.shift) else {
                throw InvalidInput(field: "shift", detail: "'\(body.shift)' is not HH:MM-HH:MM with the end after the start")
            }
            guard GeoPoint.isValidLatitude(body.lat) else { throw InvalidInput(field: "lat", detail: "\(body.lat) is not between -90 and 90") }
            guard GeoPoint.isValidLongitude(body.lon) else { throw InvalidInput(field: "lon", detail: "\(body.lon) is not between -180 and 180") }
            let technician = Technician(id: body.id, name: name, start: GeoPoint(latitude: body.lat, longitude: body.lon), shift: shift,
                                        skills: Array(Set(skills)).sorted())
            try await offLoop { try RosterDesk(store: store).add(technician, actor: actor, now: services.clock()) }
            return try JSONEncoder().encodeAsResponse(["id": body.id], status: .created)
        }

        // GET /v1/jobs/{id}/offers?days=5&prefer=afternoons&limit=6: windows to read out on the phone
        jobs.get(":id/offers") { request, context -> Response in
            let id = try context.parameters.require("id")
            let query = request.uri.queryParameters
            let days = Int(query.get("days") ?? "5") ?? -1
            guard (1...60).contains(days) else { throw InvalidInput(field: "days", detail: "days must be a whole number from 1 to 60") }
            let limit = Int(query.get("limit") ?? "6") ?? -1
            guard (1...50).contains(limit) else { throw InvalidInput(field: "limit", detail: "limit must be a whole number from 1 to 50") }
            guard let preference = query.get("prefer").map({ OfferPreference(parsing: $0) }) ?? .any else {
                throw InvalidInput(field: "prefer", detail: "prefer must be one of \(OfferPreference.accepted)")
            }
            let offers = try await offLoop {
                OfferSpread.pick(try Booker().offers(jobID: id, days: days, store: store, now: services.clock()), limit: limit,
                                 calendar: calendar, preference: preference)
            }
            return try JSONEncoder().encodeAsResponse(offers.map {
                OfferResponse(date: $0.date.description, window_start: calendar.iso8601($0.window.start), window_end: calendar.iso8601($0.window.end),
                              technician: $0.technicianID, on_time_probability: ($0.onTimeProbability * 1000).rounded() / 1000)
            })
        }
    }
}

/// Runs a desk change on NIO's blocking pool: a change may plan a day again (seconds of search),
/// which must not hold an event loop that serves the technicians' posts.
@discardableResult
func offLoop<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await NIOThreadPool.singleton.runIfActive(work)
}

/// A JSON value of a flat object, read as the text a CSV cell would hold.
struct JSONScalar: Decodable {
    var text: String

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let string = try? container.decode(String.self) { text = string }
        else if let number = try? container.decode(Double.self) { text = number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number) }
        else if let flag = try? container.decode(Bool.self) { text = String(flag) }
        else { throw DecodingError.typeMismatch(String.self, .init(codingPath: decoder.codingPath, debugDescription: "must be a string or a number")) }
    }
}
