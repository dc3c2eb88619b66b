import Foundation
import Hummingbird
import Messaging
import Punctual
import PunctualCore

/// `/track/{token}`: the customer's page for one visit, opened by the link in their messages. The
/// token is the only key: it opens that job's page and nothing else, and an unknown or expired one
/// is a 404 that says so.
enum TrackingRoutes {
    static func add(to router: Router<APIRequestContext>, services: APIServices) {
        let store = services.store
        let track = router.group("track")

        /// The job behind a token still in date, else the 404 page.
        @Sendable func view(_ token: String) throws -> (jobID: String, view: TrackingView)? {
            guard token.count == 32, let jobID = try store.jobID(trackingToken: token),
                  let view = try TrackingView.read(jobID: jobID, store: store, now: services.clock()) else { return nil }
            return (jobID, view)
        }

        track.get(":token") { request, context -> Response in
            let token = try context.parameters.require("token")
            guard let (_, page) = try view(token) else { return WebPage.response(TrackingPage.expired(), status: .notFound) }
            let outcome = request.uri.queryParameters.get("done").flatMap(TrackingActions.Outcome.init(rawValue:))
            return WebPage.response(TrackingPage.render(page, token: token, outcome: outcome))
        }

        track.get(":token/status") { _, context -> Response in
            guard let (_, page) = try view(try context.parameters.require("token")) else {
                throw APIError(.notFound, "not_found", detail: "this tracking link is unknown or has expired")
            }
            return try JSONEncoder().encodeAsResponse(page)
        }

        track.get(":token/live") { _, context -> Response in
            let token = try context.parameters.require("token")
            guard try view(token) != nil else { throw APIError(.notFound, "not_found", detail: "this tracking link is unknown or has expired") }
            return LiveUpdates.response(event: "visit") {
                let json = try await offLoop { try JSONEncoder().encode(try view(token)?.view) }
                return (json, json)
            }
        }

        let actions = TrackingActions(store: store)
        /// A form's action: runs `act` on the token's job and answers 303 back to the page.
        func action(_ path: String, _ act: @escaping @Sendable (String, [String: String], Date) throws -> TrackingActions.Outcome) {
            track.post(":token/\(path)") { request, context -> Response in
                let token = try context.parameters.require("token")
                guard let (jobID, _) = try view(token) else { return WebPage.response(TrackingPage.expired(), status: .notFound) }
                let body = try await request.body.collect(upTo: 16 * 1024)
                let fields = Dictionary(FormEncoding.decode(String(buffer: body)), uniquingKeysWith: { first, _ in first })
                let now = services.clock()
                let outcome = try await offLoop { actions.attempt(path, jobID: jobID) { try act(jobID, fields, now) } }
                return WebPage.seeOther("/track/\(token)?done=\(outcome.rawValue)")
            }
        }
        action("keep") { job, _, now in try actions.keep(jobID: job, now: now) }
        action("reschedule") { job, _, now in try actions.reschedule(jobID: job, now: now) }
        action("cancel") { job, _, now in try actions.cancel(jobID: job, now: now) }
        action("note") { job, fields, now in try actions.note(jobID: job, text: fields["note"] ?? "", now: now) }
        action("choose") { job, fields, now in
            try actions.choose(jobID: job, number: fields["number"].flatMap { Int($0) }.flatMap { (1...20).contains($0) ? $0 : nil }, now: now)
        }
    }
}
