import Hummingbird
import Punctual

/// PunctualServer is the technicians' and dispatcher's HTTP JSON API: a Hummingbird 2 application
/// whose handlers are a few lines each — decode, call a `Punctual` service, encode. All state lives in
/// the store, so a restart loses nothing.
public enum PunctualServer {
    /// The routes of the API over `store`.
    public static func router(store: Store) -> Router<BasicRequestContext> {
        let router = Router()
        HealthRoutes.add(to: router, store: store)
        WebhookRoutes.add(to: router, store: store)
        return router
    }

    /// The application serving `router(store:)` on `host:port`.
    public static func application(store: Store, host: String = "127.0.0.1", port: Int = 8080) -> some ApplicationProtocol {
        Application(router: router(store: store), configuration: .init(address: .hostname(host, port: port)))
    }
}
