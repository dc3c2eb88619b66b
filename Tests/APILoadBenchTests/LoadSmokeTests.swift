import Foundation
import Logging
import NIOPosix
import Testing
import ServiceLifecycle
@testable import api_load_bench
@testable import Punctual
@testable import PunctualCore
@testable import PunctualImport
@testable import PunctualServer

/// A one-second run of the load benchmark's client against an in-process server on loopback: the
/// benchmark works, and every fix the server accepted is in the store after shutdown.
@Suite struct LoadSmokeTests {
    /// When a token was issued is only recorded, never checked: any instant will do.
    static let issuedAt = Date(timeIntervalSince1970: 1_800_000_000)

    /// `punctual serve` (built beside the tests) in its own process on a fresh database with two
    /// technicians and their tokens, listening; the caller removes `directory`.
    static func spawnServer(named name: String, prefix: String) async throws
        -> (directory: URL, store: Store, tokens: [String], server: SpawnedServer, port: Int) {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("punctual").path
        try #require(FileManager.default.isExecutableFile(atPath: executable), "swift build --build-tests builds punctual beside the tests")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("load-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("\(name).sqlite").path
        let store = try Store.open(path: path, create: true, concurrentReads: true)
        try store.saveProfile(BusinessProfile(name: "Smoke", timeZoneIdentifier: "America/Denver", depot: GeoPoint(latitude: 46.87, longitude: -114.02)))
        try Importer(store: store).run([.init(kind: .technicians, name: "technicians.csv", contents: BenchBusiness.techniciansCSV(count: 2, prefix: prefix))])
        let tokens = try (1...2).map { try AccessTokens(store: store).issue(for: .technician(BenchBusiness.technicianID($0, prefix: prefix)), now: issuedAt) }
        let port = 20_080 + Int.random(in: 0..<1800)
        let server = try SpawnedServer(executable: executable, database: path, port: port, log: directory.appendingPathComponent("serve.log"))
        try await APILoadBench.waitForPort(port)
        return (directory, store, tokens, server, port)
    }

    @Test func aShortLoadRunStoresEveryAcceptedFix() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("load-smoke-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try Store.open(path: directory.appendingPathComponent("smoke.sqlite").path, create: true, concurrentReads: true)
        try store.saveProfile(BusinessProfile(name: "Smoke", timeZoneIdentifier: "America/Denver", depot: GeoPoint(latitude: 46.87, longitude: -114.02)))
        try Importer(store: store).run([.init(kind: .technicians, name: "technicians.csv", contents: BenchBusiness.techniciansCSV(count: 4))])
        let tokens = try (1...4).map { try AccessTokens(store: store).issue(for: .technician("T000\($0)"), now: Self.issuedAt) }

        var logger = Logger(label: "smoke")
        logger.logLevel = .warning
        let port = 19_080 + Int.random(in: 0..<900)
        // A live server on loopback under real load: the machine's clock, as in production.
        let app = PunctualServer.application(services: try APIServices(store: store, clock: .system), host: "127.0.0.1", port: port, logger: logger)
        let serviceGroup = ServiceGroup(configuration: .init(services: [app], logger: logger))
        let server = Task { try await serviceGroup.run() }
        try await APILoadBench.waitForPort(port)

        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let client = LoadClient(host: "127.0.0.1", port: port, connections: 4, fixesPerRequest: 3)
        let result = try await client.run(tokens: tokens, until: .now + .seconds(1), group: group)
        await serviceGroup.triggerGracefulShutdown()
        try await server.value
        try await group.shutdownGracefully()

        #expect(result.failures.isEmpty)
        #expect(result.fixesAccepted > 0)
        #expect(try store.fixCount() == result.fixesAccepted)
        #expect(Percentiles(result.latencies).quantile(0.5) > 0)
    }

    /// The production shape: `punctual serve` in its own process, stopped with SIGTERM; the fixes
    /// it accepted are all in the database afterwards, and its CPU time can be read.
    @Test func aSpawnedServerStoresEveryAcceptedFixThroughItsShutdown() async throws {
        let (directory, store, tokens, server, port) = try await Self.spawnServer(named: "spawn", prefix: "S-")
        defer { try? FileManager.default.removeItem(at: directory) }
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let result = try await LoadClient(host: "127.0.0.1", port: port, connections: 2, fixesPerRequest: 2)
            .run(tokens: tokens, until: .now + .seconds(1), group: group)
        let cpu = try server.cpuSeconds()
        #expect(server.stop() == nil, "the server stopped cleanly")
        try await group.shutdownGracefully()

        #expect(result.failures.isEmpty && result.connectionsLost == 0 && result.connectFailures == 0)
        #expect(result.fixesAccepted > 0)
        #expect(try store.fixCount() == result.fixesAccepted)
        #expect(cpu > 0)
    }

    /// A server killed in mid-run is a failure of the run, said so, however well the fixes it
    /// acknowledged held: the bench never prints "none" over a dead server.
    @Test func aServerKilledMidRunIsReportedAsAFailedRun() async throws {
        let (directory, store, tokens, server, port) = try await Self.spawnServer(named: "kill", prefix: "K-")
        defer { try? FileManager.default.removeItem(at: directory) }
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let load = Task { [tokens] in
            try await LoadClient(host: "127.0.0.1", port: port, connections: 4, fixesPerRequest: 2)
                .run(tokens: tokens, until: .now + .seconds(600), group: group)
        }
        try await Task.sleep(for: .milliseconds(500))
        kill(server.process.processIdentifier, SIGKILL)
        let result = try await load.value
        let verdict = LoadVerdict(result: result, accepted: result.fixesAccepted, stored: try store.fixCount(), serverDeath: server.stop())
        try await group.shutdownGracefully()

        #expect(verdict.failures.hasPrefix("the server died during the run (killed by signal 9"), "\(verdict.failures)")
        #expect(result.connectionsLost + result.connectFailures == 4, "every connection ended with the server")
        #expect(!verdict.isClean)
        #expect(verdict.stored >= verdict.accepted, "what the server acknowledged survived kill -9: \(verdict.durability)")
    }

    @Test func theVerdictSaysWhatWasLostAndWhatNobodyCanKnow() {
        var result = LoadClient.Result()
        result.fixesAccepted = 100
        #expect(LoadVerdict(result: result, accepted: 100, stored: 100).failures == "none")
        #expect(LoadVerdict(result: result, accepted: 100, stored: 100).isClean)
        #expect(LoadVerdict(result: result, accepted: 100, stored: 97).durability == "LOST 3 of 100 accepted fixes (97 stored)")
        result.connectionsLost = 2
        result.unansweredFixes = 4
        result.failures = [503: 3]
        let verdict = LoadVerdict(result: result, accepted: 100, stored: 103)
        #expect(verdict.failures == "3 × status 503; 2 connection(s) lost mid-run, 4 fix(es) left unanswered")
        #expect(verdict.durability == "every accepted fix is stored, and 3 of the 4 left unanswered")
        #expect(!verdict.isClean)
        #expect(LoadVerdict(result: result, accepted: 100, stored: 105).durability.hasPrefix("MISMATCH"))
    }
}
