import ArgumentParser
import Foundation
import Logging
import NIOPosix
import Punctual
import PunctualCore
import PunctualImport
import PunctualServer
import ServiceLifecycle

/// Load benchmark for the technician API: many keep-alive connections post GPS fixes for a while,
/// then the report gives requests per second, latency percentiles and accepted fixes against the
/// fixes actually stored. Also times the tracker's risk recomputation.
///
///   swift build -c release --product api-load-bench --product punctual
///   # the server as it runs in production, a separate `punctual serve` on a fresh database:
///   .build/release/api-load-bench --serve-with .build/release/punctual --duration 60 --connections 64
///   # a server already running (the bench imports its own technicians and issues their tokens):
///   punctual serve --db bench.sqlite & .build/release/api-load-bench --db bench.sqlite --port 8080
///   # without options, the server runs inside the bench's own process (quick, but the two share one runtime)
@main
struct APILoadBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "api-load-bench",
        abstract: "Post GPS fixes to the Punctual API from many connections and report throughput, latency and durability.")

    @Option(help: "Seconds of load after warm-up.")
    var duration = 10

    @Option(help: "Seconds of load before measuring.")
    var warmup = 2

    @Option(help: "Concurrent keep-alive connections.")
    var connections = 64

    @Option(help: "Technicians to post as (connections are spread over them).")
    var technicians = 64

    @Option(help: "Fixes per request.")
    var fixesPerRequest = 1

    @Option(help: "Start `PATH serve` on a fresh database in a separate process and load it (the punctual executable).")
    var serveWith: String?

    @Option(help: "Target a running server on this port instead of starting one (needs --db).")
    var port: Int?

    @Option(help: "The running server's database (initialised), with --port. The bench imports technicians named after the run into it.")
    var db: String?

    @Option(help: "Risk recomputations to time (0 to skip).")
    var riskIterations = 2000

    func validate() throws {
        if (port == nil) != (db == nil) { throw ValidationError("--port and --db go together (to target a running server).") }
        if serveWith != nil && port != nil { throw ValidationError("--serve-with starts its own server; leave out --port and --db.") }
        guard duration >= 1, connections >= 1, technicians >= 1, (1...1000).contains(fixesPerRequest) else {
            throw ValidationError("--duration, --connections and --technicians must be positive and --fixes-per-request in 1...1000.")
        }
    }

    func run() async throws {
        if riskIterations > 0 { try RiskBenchmark.run(iterations: riskIterations) }

        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("api-load-bench-\(UUID().uuidString)")
        let path = db ?? directory.appendingPathComponent("bench.sqlite").path
        if db == nil { try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true) }
        defer { if db == nil { try? FileManager.default.removeItem(at: directory) } }

        let store = try Store.open(path: path, create: db == nil, concurrentReads: true)
        if db == nil {
            try store.saveProfile(BusinessProfile(name: "Bench", timeZoneIdentifier: "America/Denver",
                                                    depot: GeoPoint(latitude: 46.87, longitude: -114.02)))
        }
        // In a database earlier runs used, this run's technicians are its own, so no fix of it can
        // collide with theirs and the stored count below is exactly this run's.
        let prefix = db == nil ? "T" : "L\(UUID().uuidString.prefix(6))-"
        try Importer(store: store).run([.init(kind: .technicians, name: "technicians.csv",
                                              contents: BenchBusiness.techniciansCSV(count: technicians, prefix: prefix))])
        // A load run is real time against a real server: the machine's clock throughout.
        let tokens = try (1...technicians).map {
            try AccessTokens(store: store).issue(for: .technician(BenchBusiness.technicianID($0, prefix: prefix)), now: Date())
        }
        let storedBefore = try store.fixCount()

        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let targetPort = port ?? 18_080 + Int.random(in: 0..<1000)
        var inProcess: (group: ServiceGroup, task: Task<Void, any Error>)?
        var spawned: SpawnedServer?
        if let serveWith {
            spawned = try SpawnedServer(executable: serveWith, database: path, port: targetPort,
                                        log: directory.appendingPathComponent("serve.log"))
            try await Self.waitForPort(targetPort)
        } else if port == nil {
            var logger = Logger(label: "api-load-bench.server")
            logger.logLevel = .warning
            let app = PunctualServer.application(services: try APIServices(store: store, clock: .system, followUp: .deferred), host: "127.0.0.1", port: targetPort, logger: logger)
            let serviceGroup = ServiceGroup(configuration: .init(services: [app], logger: logger))
            inProcess = (serviceGroup, Task { try await serviceGroup.run() })
            try await Self.waitForPort(targetPort)
        }

        let client = LoadClient(host: "127.0.0.1", port: targetPort, connections: connections, fixesPerRequest: fixesPerRequest)
        var acceptedInWarmup = 0
        // The warm-up's fixes are stamped from two hours ago and the measured run's from one hour ago,
        // so the two never post the same technician and instant.
        if warmup > 0 {
            acceptedInWarmup = try await client.run(tokens: tokens, until: .now + .seconds(warmup), group: group,
                                                    origin: Date().addingTimeInterval(-7200)).fixesAccepted
        }
        let cpuBefore = Self.processCPUSeconds()
        let serverCPUBefore = try spawned?.cpuSeconds()
        let began = ContinuousClock.now
        let result = try await client.run(tokens: tokens, until: began + .seconds(duration), group: group,
                                          origin: Date().addingTimeInterval(-3600))
        let elapsed = (ContinuousClock.now - began).timeInterval
        let cpu = Self.processCPUSeconds() - cpuBefore
        let serverCPU = try serverCPUBefore.map { try spawned!.cpuSeconds() - $0 }

        if let inProcess {
            await inProcess.group.triggerGracefulShutdown()
            try await inProcess.task.value
        }
        // A server that died is reported with the rest, not instead of it.
        let serverDeath = spawned?.stop()
        try await group.shutdownGracefully()
        let stored = try store.fixCount() - storedBefore
        let verdict = LoadVerdict(result: result, accepted: acceptedInWarmup + result.fixesAccepted, stored: stored, serverDeath: serverDeath)

        let requests = result.latencies.count
        func perRequest(_ seconds: Double) -> String {
            "\(String(format: "%.1f", seconds)) s in \(String(format: "%.1f", elapsed)) s, \(String(format: "%.0f", seconds / Double(max(requests, 1)) * 1e6)) µs per request"
        }
        let server = spawned != nil ? "server in a separate process" : port == nil ? "server in-process" : "server on port \(targetPort)"
        var cpuLines = spawned == nil && port == nil
            ? "  CPU of this process (server and client): \(perRequest(cpu))"
            : "  CPU of the load client: \(perRequest(cpu))"
        if let serverCPU { cpuLines += "\n  CPU of the server: \(perRequest(serverCPU))" }
        print("""
            position posts, \(connections) keep-alive connections as \(technicians) technicians, \(fixesPerRequest) fix(es) per request, \(duration) s (after \(warmup) s warm-up), \(server)
              requests answered 200: \(requests) (\(String(format: "%.0f", Double(requests) / elapsed)) requests/s, \(String(format: "%.0f", Double(result.fixesAccepted) / elapsed)) fixes/s)
              latency: \(Percentiles(result.latencies).milliseconds)
            \(cpuLines)
              failures: \(verdict.failures)
              fixes accepted (warm-up included): \(verdict.accepted), stored: \(stored) — \(verdict.durability)
            """)
        if !verdict.isClean { throw BenchError("the run did not go cleanly: see failures above") }
    }

    /// User and system CPU time used by this process so far, seconds.
    static func processCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

    /// Waits until something listens on `port` on loopback.
    static func waitForPort(_ port: Int) async throws {
        for _ in 0..<200 {
            let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            close(socket)
            if connected == 0 { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw ValidationError("nothing listens on 127.0.0.1:\(port)")
    }
}
