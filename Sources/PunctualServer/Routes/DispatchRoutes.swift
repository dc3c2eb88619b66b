import Foundation
import Hummingbird
import Punctual
import PunctualCore

/// `/v1/jobs/{id}/reassign`: the dispatcher hands a visit to another technician; the move is
/// re-checked against every promise and published as a new plan version, or refused with 409.
enum DispatchRoutes {
    struct ReassignRequest: Decodable {
        var technician: String
    }

    struct ReassignResponse: Codable {
        var job: String
        var technician: String
        var plan_version: Int
        var planned_arrival: String
        var on_time_probability: Double
    }

    static func add(to router: Router<APIRequestContext>, services: APIServices) {
        let jobs = router.group("v1/jobs").add(middleware: AuthMiddleware(tokens: services.tokens, role: .dispatcher))

        // POST /v1/jobs/{id}/reassign  {"technician": "T07"}
        jobs.post(":id/reassign") { request, context -> Response in
            var request = request
            let job = try context.parameters.require("id")
            let body = try await request.decodeJSON(ReassignRequest.self, context: context)
            let (plan, offer) = try Reassigner().reassign(job, to: body.technician, store: services.store, now: services.clock())
            let calendar = services.tracker.calendar
            return try JSONEncoder().encodeAsResponse(ReassignResponse(
                job: job, technician: offer.technicianID, plan_version: plan.version,
                planned_arrival: calendar.iso8601(offer.plannedArrival),
                on_time_probability: (offer.onTimeProbability * 1000).rounded() / 1000))
        }
    }
}
