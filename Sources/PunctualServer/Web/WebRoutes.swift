import Foundation
import Hummingbird
import Punctual
import PunctualCore

/// The pages people open in a browser: sign-in by one-time link, the technician's phone page
/// (`/app`), the dispatcher's board (`/board`) and their static assets. The pages are shells over
/// the JSON API (the same operations `openapi.yaml` documents), called with the session cookie.
enum WebRoutes {
    static func add(to router: Router<APIRequestContext>, services: APIServices) {
        let tokens = services.tokens

        /// Who the request's session cookie belongs to, if it is still valid.
        @Sendable func session(_ request: Request) throws -> Caller? {
            try SessionCookie.token(in: request.headers).flatMap { try tokens.authenticate($0) }
        }
        @Sendable func secure() throws -> Bool {
            try services.store.settings().text(.webBaseURL).lowercased().hasPrefix("https://")
        }

        router.get("/") { request, _ -> Response in
            switch try session(request) {
            case .technician: return WebPage.seeOther("/app")
            case .dispatcher: return WebPage.seeOther("/board")
            case nil: return WebPage.response(ShellPages.signedOut(), status: .ok)
            }
        }

        // A sign-in link opens a page with one button: message apps fetch links to preview them,
        // and a GET that spent the code would sign the preview in instead of the person.
        router.get("/signin/:code") { _, context -> Response in
            let code = try context.parameters.require("code")
            return WebPage.response(ShellPages.signIn(code: code))
        }

        router.post("/signin/:code") { request, context -> Response in
            let code = try context.parameters.require("code")
            // Another site must not sign this browser in to a session of its choosing.
            guard SameOrigin.allows(request) else { return WebPage.response(ShellPages.linkSpent(), status: .forbidden) }
            guard let (caller, token) = try tokens.redeemSignInCode(code, now: services.clock()) else {
                return WebPage.response(ShellPages.linkSpent(), status: .forbidden)
            }
            let cookie: HTTPFields = [.setCookie: SessionCookie.setting(token, secure: try secure())]
            return WebPage.seeOther(caller.technicianID == nil ? "/board" : "/app", headers: cookie)
        }

        router.post("/signout") { request, _ -> Response in
            if let token = SessionCookie.token(in: request.headers), SameOrigin.allows(request) { try tokens.end(token) }
            return WebPage.seeOther("/", headers: [.setCookie: SessionCookie.clearing])
        }

        router.get("/app") { request, _ -> Response in
            guard case .technician = try session(request) else { return WebPage.response(ShellPages.signedOut(), status: .unauthorized) }
            return WebPage.response(ShellPages.technician())
        }

        router.get("/board") { request, _ -> Response in
            guard case .dispatcher = try session(request) else { return WebPage.response(ShellPages.signedOut(), status: .unauthorized) }
            return WebPage.response(ShellPages.board())
        }

        router.get("/assets/:name") { _, context -> Response in
            let name = try context.parameters.require("name")
            guard let asset = WebAssets.named[name] else { throw APIError(.notFound, "not_found", detail: "no asset \(name)") }
            return Response(status: .ok, headers: [.contentType: asset.contentType, .cacheControl: "no-cache"],
                            body: .init(byteBuffer: ByteBuffer(string: asset.text)))
        }

        // The board's live feed: the same JSON as GET /v1/board, pushed when it changes.
        let live = router.group("v1/board/live").add(middleware: AuthMiddleware(tokens: services.tokens, role: .dispatcher))
        // GET /v1/board/live?date=YYYY-MM-DD (today by default)
        live.get { request, _ -> Response in
            let date = try request.planDate(default: services.tracker.today(services.clock()))
            return LiveUpdates.response(event: "board") {
                try await offLoop {
                    let now = services.clock()
                    let board = try BoardResponse(date: date, now: now, board: try services.tracker.board(on: date, now: now),
                                                  calendar: services.tracker.calendar, store: services.store)
                    // A new second is not a change: the key leaves out the clock and the fixes' ages.
                    var unclocked = board
                    unclocked.generated_at = ""
                    for index in unclocked.technicians.indices { unclocked.technicians[index].fix_age_s = nil }
                    return (try JSONEncoder().encode(unclocked), try JSONEncoder().encode(board))
                }
            }
        }
    }
}
