import ArgumentParser
import Logging
import Messaging
import Punctual
import PunctualCore
import PunctualServer

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the technician and dispatcher HTTP API.",
        discussion: """
            SIGINT or SIGTERM stops accepting connections, lets in-flight requests finish and commits the
            fixes still queued before exiting. The outbox worker delivers customer messages every 15 s.
            Tracking thresholds come from the settings tracking.late_threshold and tracking.stale_minutes. Example:
              punctual serve --host 0.0.0.0 --port 8080
              curl -s localhost:8080/healthz
            """)

    @OptionGroup var store: StoreOptions

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port = 8080

    @Option(help: "Log level: trace, debug, info, notice, warning, error or critical.")
    var logLevel = "info"

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be between 1 and 65535, got \(port).") }
        guard Logger.Level(rawValue: logLevel) != nil else {
            throw ValidationError("--log-level must be one of trace, debug, info, notice, warning, error, critical; got '\(logLevel)'.")
        }
    }

    func run() async throws {
        let database = try store.openStore(concurrentReads: true)
        // Technicians' posts only store; the forecasts and the responder catch up beside the server.
        let services = try APIServices.fromSettings(store: database, clock: .system, followUp: .deferred)
        var logger = Logger(label: "punctual.server")
        logger.logLevel = Logger.Level(rawValue: logLevel)!
        // Customer messages go out from the same process: one outbox pass every 15 s.
        var worker = try OutboxWorker.fromSettings(store: database, logger: logger)
        worker.responder = services.responder
        let outbox = OutboxService(worker: worker, interval: .seconds(15), clock: .system)
        let app = PunctualServer.application(services: services, host: host, port: port, limits: ServerLimits(settings: try database.settings()),
                                            logger: logger, alongside: [outbox])
        try await app.runService()
    }
}
