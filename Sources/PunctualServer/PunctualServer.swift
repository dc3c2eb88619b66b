import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import Punctual
import PunctualCore
import ServiceLifecycle

/// PunctualServer is the technicians' and dispatcher's HTTP JSON API and the three web pages over
/// it (the technician's phone, the customer's tracking link, the dispatcher's board): a Hummingbird
/// 2 application whose handlers are a few lines each — decode, call a `Punctual` service, encode.
/// All state lives in the store, so a restart loses nothing.
public enum PunctualServer {
    /// The routes of the API.
    public static func router(services: APIServices) -> Router<APIRequestContext> {
        let router = Router(context: APIRequestContext.self)
        router.add(middleware: RequestLogMiddleware(metrics: services.metrics))
        router.add(middleware: JSONErrorMiddleware())
        router.add(middleware: MethodMiddleware())
        HealthRoutes.add(to: router, store: services.store)
        MetricsRoutes.add(to: router, services: services)
        OpenAPIRoutes.add(to: router)
        MeRoutes.add(to: router, services: services)
        BoardRoutes.add(to: router, services: services)
        DispatchRoutes.add(to: router, services: services)
        DeskRoutes.add(to: router, services: services)
        PlanRoutes.add(to: router, services: services)
        WebhookRoutes.add(to: router, store: services.store, clock: services.clock)
        WebRoutes.add(to: router, services: services)
        TrackingRoutes.add(to: router, services: services)
        return router
    }

    /// The application serving `router(services:)` on `host:port`. On graceful shutdown the server
    /// stops accepting, finishes in-flight requests, and then the fix writer commits what is queued.
    /// - Parameter onServerRunning: told the port the server listens on (port 0 picks a free one).
    /// The server, with `alongside` (such as the outbox) in its service group: they start with it
    /// and stop before the fix writer commits what is queued.
    /// `limits` bound slow clients and the connections held at once (`ServerLimits`).
    public static func application(services: APIServices, host: String = "127.0.0.1", port: Int = 8080,
                                   limits: ServerLimits = ServerLimits(), logger: Logger? = nil, alongside: [any Service] = [],
                                   onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        let connectionLogger = logger ?? Logger(label: "punctual.connections")
        let http1 = HTTP1Channel.Configuration(
            additionalChannelHandlers: [RequestDeadlineHandler(limits: limits, logger: connectionLogger), MalformedRequestHandler()],
            idleTimeout: limits.idleTimeout.timeAmount)
        let configuration = ApplicationConfiguration(
            address: .hostname(host, port: port),
            availableConnectionsDelegate: MaximumAvailableConnections(limits.maxConnections, logger: connectionLogger))
        var app = Application(router: router(services: services), server: .http1(configuration: http1), configuration: configuration,
                              onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) },
                              logger: logger)
        app.addServices(FixWriterService(writer: services.fixWriter))
        if services.followUp.mode == .deferred {
            app.addServices(FieldFollowUpService(followUp: services.followUp, clock: services.clock))
        }
        app.addServices(alongside)
        return app
    }
}

/// Keeps the fix writer open while the server runs and closes it (committing what is queued) after
/// the server has stopped: services shut down in reverse order, and this one is added first.
struct FixWriterService: Service {
    let writer: FixWriter

    func run() async throws {
        try? await gracefulShutdown()
        writer.close()
    }
}
