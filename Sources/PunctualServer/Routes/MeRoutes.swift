import Foundation
import HTTPTypes
import Hummingbird
import Punctual
import PunctualCore

/// `/v1/me/...`: a technician's own route, positions and visit progress.
enum MeRoutes {
    static func add(to router: Router<APIRequestContext>, services: APIServices) {
        let me = router.group("v1/me").add(middleware: AuthMiddleware(tokens: services.tokens, role: .technician))

        // GET /v1/me/route?date=YYYY-MM-DD
        me.get("route") { request, context -> Response in
            let technician = try context.technicianID()
            let date = try request.planDate(default: services.tracker.today(services.clock()))
            guard let day = try services.store.technicianDays(on: date, technician: technician).first else {
                throw APIError(.notFound, "not_found", detail: "technician \(technician) no longer exists")
            }
            let route = try services.store.publishedPlan(on: date)?.routes.first { $0.technicianID == technician }
            // This technician's day only: the forecast of their own visits, and the parts of their own jobs
            // (the tracker's day does not carry them).
            let now = services.clock()
            let forecasts = Dictionary(try services.tracker.forecast(day, now: now).visits.compactMap { visit in
                visit.forecast.map { (visit.jobID, $0.medianArrival) }
            }, uniquingKeysWith: { first, _ in first })
            let parts = Dictionary(uniqueKeysWithValues: try services.store.jobs(on: date, ids: day.stops.map(\.job.id)).map { ($0.id, $0.parts) })
            return try JSONEncoder().encodeAsResponse(RouteResponse(day, route: route, calendar: services.tracker.calendar, now: now,
                                                                    forecasts: forecasts, parts: parts))
        }

        // POST /v1/me/positions
        me.post("positions") { request, context -> Response in
            var request = request
            let technician = try context.technicianID()
            let fixes = try await request.decodePositions(context: context).positionFixes()
            let accepted = try await services.intake.accept(fixes, from: technician, now: services.clock())
            return PositionsResponse(accepted: accepted).response()
        }

        // POST /v1/me/visits/{job}/events   (Idempotency-Key header optional: 1 to 200 characters, not blank)
        me.post("visits/{job}/events") { request, context -> Response in
            var request = request
            let technician = try context.technicianID()
            let job = try context.parameters.require("job")
            let key = try IdempotencyKey.read(from: request.headers)
            let payload = try await request.decodeJSON(VisitEventPayload.self, context: context)
            let now = services.clock()
            let result = try services.progress.report(payload.event(job: job, technician: technician, idempotencyKey: key, now: now), now: now)
            return try JSONEncoder().encodeAsResponse(
                VisitEventResponse(result.event, replayed: result.replayed, calendar: services.tracker.calendar),
                status: result.replayed ? .ok : .created)
        }
    }
}
