import Foundation
import Hummingbird
import Punctual
import PunctualCore

/// `/v1/board`: the dispatcher's view of the day.
enum BoardRoutes {
    static func add(to router: Router<APIRequestContext>, services: APIServices) {
        let board = router.group("v1/board").add(middleware: AuthMiddleware(tokens: services.tokens, role: .dispatcher))

        // GET /v1/board?date=YYYY-MM-DD
        board.get { request, _ -> Response in
            let now = services.clock()
            let date = try request.planDate(default: services.tracker.today(now))
            let rows = try services.tracker.board(on: date, now: now)
            return try JSONEncoder().encodeAsResponse(try BoardResponse(date: date, now: now, board: rows, calendar: services.tracker.calendar,
                                                                        store: services.store))
        }
    }
}
