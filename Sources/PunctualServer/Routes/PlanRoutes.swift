import Foundation
import Hummingbird
import Punctual
import PunctualCore

/// `/v1/plans/{date}/…`: a day planned again mid-day, shown as the changes it would make and the
/// customers it would tell before anything is published; then published, telling exactly those.
enum PlanRoutes {
    struct PublishRequest: Decodable {
        var version: Int
    }

    struct ChangesResponse: Encodable {
        struct Handover: Encodable { var job: String; var from: String; var to: String }
        struct Retime: Encodable { var job: String; var technician: String; var from: String; var to: String }
        struct Notice: Encodable { var job: String; var kind: String }
        var date: String
        var plan_version: Int
        var against_version: Int?
        var handed_over: [Handover]
        var retimed: [Retime]
        var added: [String]
        var broken: [String]
        var left_out: [String]
        var notices: [Notice]

        init(plan: Plan, against: Plan?, changes: PlanChanges, notices: [(jobID: String, kind: MessageKind)], calendar: BusinessCalendar) {
            date = plan.date.description
            plan_version = plan.version
            against_version = against?.version
            handed_over = changes.handovers.map { Handover(job: $0.jobID, from: $0.from, to: $0.to) }
            retimed = changes.retimes.map { Retime(job: $0.jobID, technician: $0.technicianID, from: calendar.iso8601($0.from), to: calendar.iso8601($0.to)) }
            added = changes.added
            broken = changes.broken
            left_out = changes.leftOut
            self.notices = notices.map { Notice(job: $0.jobID, kind: $0.kind.rawValue) }
        }
    }

    static func add(to router: Router<APIRequestContext>, services: APIServices) {
        let plans = router.group("v1/plans").add(middleware: AuthMiddleware(tokens: services.tokens, role: .dispatcher))
        let store = services.store
        let calendar = services.tracker.calendar

        // POST /v1/plans/{date}/drafts?time_limit=20: plans the day again, stores a draft, says what would change
        plans.post(":date/drafts") { request, context -> Response in
            let date = try APITime.day(try context.parameters.require("date"))
            let limit = Double(request.uri.queryParameters.get("time_limit") ?? "") ?? -1
            let now = services.clock()
            let (plan, published, changes, notices) = try await offLoop {
                let snapshot = try store.daySnapshot(on: date)
                let seconds = limit > 0 ? min(limit, 120) : snapshot.settings.number(.planningTimeLimitSeconds)
                let plan = try store.savePlan(try Planner(options: PlanningOptions(timeLimit: seconds), travelTimes: TravelTimeSelection(cache: store))
                    .plan(snapshot, now: now).plan)
                let (changes, notices) = try Publisher().preview(plan, over: snapshot.publishedPlan, store: store, now: now)
                return (plan, snapshot.publishedPlan, changes, notices)
            }
            return try JSONEncoder().encodeAsResponse(ChangesResponse(plan: plan, against: published, changes: changes, notices: notices,
                                                                      calendar: calendar), status: .created)
        }

        // POST /v1/plans/{date}/publish {version}: technicians work from it; the customers it owes are told
        plans.post(":date/publish") { request, context -> Response in
            var request = request
            let date = try APITime.day(try context.parameters.require("date"))
            let body = try await request.decodeJSON(PublishRequest.self, context: context)
            let now = services.clock()
            let response = try await offLoop { () -> ChangesResponse in
                guard let plan = try store.plan(on: date, version: body.version) else {
                    throw APIError(.notFound, "not_found", field: "version", detail: "\(date) has no plan version \(body.version)")
                }
                let published = try store.publishedPlan(on: date)
                let report = try Publisher().publish(planID: plan.id!, store: store, now: now, actor: DeskRoutes.actor)
                return ChangesResponse(plan: plan, against: published, changes: report.changes, notices: report.notices, calendar: calendar)
            }
            return try JSONEncoder().encodeAsResponse(response)
        }
    }
}
