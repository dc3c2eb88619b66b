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

    struct Alternative: Codable {
        var technician: String
        var name: String
        var planned_arrival: String
        var on_time_probability: Double
    }

    struct InboxEntry: Codable {
        var id: Int64
        var source: String
        var job_id: String?
        var customer_name: String?
        var sender: String
        var body: String
        var action: String?
        var handled: Bool
        var received_at: String
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

        // GET /v1/jobs/{id}/alternatives: who could take the visit, keeping every promise (best first)
        jobs.get(":id/alternatives") { _, context -> Response in
            let job = try context.parameters.require("id")
            guard try services.store.job(job) != nil else { throw APIError(.notFound, "not_found", detail: "no job \(job)") }
            let offers = try await offLoop { try Reassigner().alternatives(for: job, store: services.store, now: services.clock()) }
            let names = Dictionary(uniqueKeysWithValues: try services.store.technicians().map { ($0.id, $0.name) })
            let calendar = services.tracker.calendar
            return try JSONEncoder().encodeAsResponse(offers.map { offer in
                Alternative(technician: offer.technicianID, name: names[offer.technicianID] ?? offer.technicianID,
                            planned_arrival: calendar.iso8601(offer.plannedArrival),
                            on_time_probability: (offer.onTimeProbability * 1000).rounded() / 1000)
            })
        }

        // GET /v1/inbox: what customers said (texts and the tracking page) that a person should read
        let inbox = router.group("v1/inbox").add(middleware: AuthMiddleware(tokens: services.tokens, role: .dispatcher))
        inbox.get { request, _ -> Response in
            let all = request.uri.queryParameters.get("all") == "true"
            let items = try services.store.inbox(includeHandled: all).suffix(200)
            let names = Dictionary(uniqueKeysWithValues: try services.store.customers(ids: Array(Set(items.compactMap(\.customerID))))
                .compactMap { customer in customer.id.map { ($0, customer.name) } })
            let calendar = services.tracker.calendar
            return try JSONEncoder().encodeAsResponse(items.reversed().map { item in
                InboxEntry(id: item.id, source: item.source.rawValue, job_id: item.jobID, customer_name: item.customerID.flatMap { names[$0] },
                           sender: item.sender, body: item.body, action: item.action, handled: item.handled,
                           received_at: calendar.iso8601(item.receivedAt))
            })
        }
    }
}
