import Foundation
import Logging
import Punctual
import PunctualCore
import PunctualImport
import PunctualServer
import ServiceLifecycle

/// `punctual simulate` and the demo's engine: plays the same seeded days under each window-width
/// policy, each in a fresh store of its own, through the technician API (in process or over HTTP),
/// and returns every day's promise metrics.
public struct Simulator: Sendable {
    public var options: SimulationOptions
    /// The folder with the sample business: business, parts, technicians, stock and jobs CSV files.
    public var businessFolder: String

    public init(options: SimulationOptions, businessFolder: String) {
        self.options = options
        self.businessFolder = businessFolder
    }

    /// Plays every policy; `progress` hears "policy, day" as each day starts.
    public func run(narrator: any SimulationNarrator = SilentNarrator(), storeFolder: URL? = nil,
                    progress: @Sendable (Int, LocalDate) -> Void = { _, _ in }) async throws -> [PolicyResult] {
        let scratch = storeFolder ?? FileManager.default.temporaryDirectory.appendingPathComponent("punctual-simulate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { if storeFolder == nil { try? FileManager.default.removeItem(at: scratch) } }
        var results: [PolicyResult] = []
        for width in options.widths {
            let store = try Store.open(path: scratch.appendingPathComponent("width-\(width).sqlite").path, create: true,
                                       concurrentReads: true)
            results.append(try await play(width: width, store: store, narrator: narrator, progress: progress))
        }
        return results
    }

    /// Plays all days under one width in `store` (empty; the business is imported into it).
    public func play(width: Int, store: Store, narrator: any SimulationNarrator = SilentNarrator(),
                     progress: @Sendable (Int, LocalDate) -> Void = { _, _ in }) async throws -> PolicyResult {
        let settings = try BusinessFile.load(path: (businessFolder as NSString).appendingPathComponent("business.csv"))
        try store.saveProfile(settings)
        let sources = try Importer.sources(inFolder: businessFolder, requireAll: true)
        narrator.imported(try Importer(store: store).run(sources.filter { $0.kind != .jobs }))
        let demand = try BusinessDemand(jobsCSV: sources.first { $0.kind == .jobs }?.contents ?? "", jobsPerDay: options.jobsPerDay,
                                        seed: options.seed)
        try store.setSetting(.windowMinutes, to: "\(width)")
        try store.setSetting(.smsAuthToken, to: "simulated-sms-account-token")
        for (key, value) in options.settings { try store.setSetting(key, to: value) }
        guard let first = demand.firstDate else { throw SimulationError.noJobs(folder: businessFolder) }
        let clock = SimulatedClock(settings.calendar.instant(first.adding(days: -1), TimeOfDay(hour: 17)))
        // The iterations bound a re-plan, not the machine's speed: the same seed replays the same days.
        // Its search takes three times the planner's effort (3 000 iterations for the default 1 000).
        let recovery = DayRecovery(iterations: 3 * (options.planIterations ?? DayRecovery().iterations / 3), secondsCap: 600)
        let services = try APIServices.fromSettings(store: store, clock: WallClock { clock.now }, recovery: recovery)
        return try await withLink(services: services, clock: clock) { link in
            let run = try PolicyRun(widthMinutes: width, options: options, store: store, clock: clock, services: services,
                                    link: link, demand: demand, narrator: narrator)
            var days: [DayResult] = []
            for index in 0..<options.days {
                let date = first.adding(days: index)
                progress(width, date)
                // The same seed gives the same requests, choices and noise to every policy.
                // The evening's and the day's draws apart, so a build that books differently still
                // meets the same day.
                var random = SimulationRandom(seed: options.seed &* 7_919 &+ UInt64(index))
                var evening = random.split()
                var day = random.split()
                let known = Dictionary(try store.customers().map { ($0.phone, $0.name) }) { first, _ in first }
                let csv = demand.jobsCSV(day: index, date: date, knownNames: known)
                let booked = try run.book(jobsCSV: csv, date: date, random: &evening)
                try run.planAndPublish(date)
                days.append(try await run.play(date, requests: booked.requests, declined: booked.declined, random: &day))
            }
            return PolicyResult(widthMinutes: width, days: days)
        }
    }

    /// Runs `body` with the link the options ask for; over HTTP, with the API served on a free
    /// loopback port for the duration, and shut down gracefully after.
    private func withLink<T: Sendable>(services: APIServices, clock: SimulatedClock,
                                       _ body: @Sendable (any FieldLink) async throws -> T) async throws -> T {
        guard options.http else { return try await body(InProcessFieldLink(services: services)) }
        var logger = Logger(label: "punctual.simulator.server")
        logger.logLevel = .error
        let (ports, portSink) = AsyncStream.makeStream(of: Int.self)
        let app = PunctualServer.application(services: services, host: "127.0.0.1", port: 0, logger: logger) { port in
            portSink.yield(port)
        }
        let group = ServiceGroup(services: [app], gracefulShutdownSignals: [], logger: logger)
        return try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next() else { throw SimulationError.serverDidNotStart }
            var tokens: [String: String] = [:]
            for technician in try services.store.technicians() {
                tokens[technician.id] = try services.tokens.issue(for: .technician(technician.id), now: clock.now)
            }
            let link = HTTPFieldLink(baseURL: URL(string: "http://127.0.0.1:\(port)/")!, tokens: tokens,
                                     smsAuthToken: try services.store.settings().text(.smsAuthToken),
                                     calendar: try services.store.requireProfile().calendar)
            do {
                let result = try await body(link)
                await group.triggerGracefulShutdown()
                try await tasks.waitForAll()
                return result
            } catch {
                await group.triggerGracefulShutdown()
                throw error
            }
        }
    }
}
