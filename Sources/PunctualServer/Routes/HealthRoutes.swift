import Foundation
import Hummingbird
import Punctual
import PunctualCore

/// `GET /healthz`: whether the server can reach its database, for load balancers and the demo.
enum HealthRoutes {
    struct Health: ResponseEncodable, Decodable, Equatable {
        var status: String
        var business: String?
    }

    static func add<Context: RequestContext>(to router: Router<Context>, store: Store) {
        router.get("/healthz") { _, _ -> Response in
            do {
                let settings = try store.profile()
                return try JSONEncoder().encodeAsResponse(Health(status: "ok", business: settings?.name))
            } catch {
                return try JSONEncoder().encodeAsResponse(Health(status: "database unavailable", business: nil),
                                                          status: .serviceUnavailable)
            }
        }
    }
}
