import Foundation
import Hummingbird
@testable import Punctual
import PunctualCore
@testable import PunctualServer
import PunctualTestSupport
import ServiceLifecycle

/// A business served as `punctual serve` serves it, on a loopback port, with its day published
/// and a clock that runs from 08:30 on that day at the real pace (so live pages see time pass).
final class BrowserFixture: @unchecked Sendable {
    static let jobs = """
        \(Fixtures.jobsHeader)
        J0001,Jenna Rivera,+14065550129,jenna@example.net,both,"1182 Scott St, Missoula, MT 59802",46.882789,-114.001689,ac-repair,60,hvac,capacitor-45uf:1,high,2026-11-24,09:00,10:00,,"Gate code 4412; dog"
        J0002,Wyatt Clark,+14065550130,,sms,"626 S 5th St W, Missoula, MT 59801",46.8650,-114.0010,drain-clog,45,plumbing,,normal,2026-11-24,10:00,12:00,,
        J0003,Ada Moss,+14065550131,,sms,"100 N Higgins Ave, Missoula, MT 59802",46.8721,-113.9940,drain-clog,30,plumbing,,normal,2026-11-24,13:00,14:00,,
        """

    let store: Store
    let services: APIServices
    let base: String
    private let server: Task<Void, any Error>

    init(startingAt hour: Int = 8, _ minute: Int = 30) async throws {
        // With a second plumber, so the board can hand a visit over.
        store = try Fixtures.store(importing: Fixtures.sources(
            technicians: Fixtures.technicians + "\nT03,Ana Ruiz,+14065550103,,46.8705,-114.026,,,08:00,17:00,hvac;plumbing,,,",
            stock: Fixtures.stock, jobs: Self.jobs))
        func at(_ hour: Int, _ minute: Int = 0) -> Date { Fixtures.at(hour, minute) }
        let plan = try store.savePlan(Plan(
            date: Fixtures.day, version: 0, state: .draft, createdAt: at(6, 30), cost: 1,
            visits: [
                PlanVisit(technicianID: "T01", sequence: 1, jobID: "J0001", plannedArrival: at(9, 10), plannedStart: at(9, 10), plannedEnd: at(10, 10)),
                PlanVisit(technicianID: "T02", sequence: 1, jobID: "J0002", plannedArrival: at(10), plannedStart: at(10), plannedEnd: at(10, 45)),
                PlanVisit(technicianID: "T02", sequence: 2, jobID: "J0003", plannedArrival: at(13), plannedStart: at(13), plannedEnd: at(13, 30)),
            ],
            unassigned: [],
            routes: [PlanRoute(technicianID: "T01", departure: at(8, 45), end: at(11), travelSeconds: 1200, distanceMetres: 9000,
                               overtimeSeconds: 0, breaks: [DateInterval(start: at(11, 30), duration: 30 * 60)],
                               checklist: [PartChecklistItem(part: "capacitor-45uf", needed: 1, inVan: 3, load: 0)])]))
        try store.publishPlan(id: plan.id!)
        let start = at(hour, minute)
        let began = ContinuousClock.now
        let clock = WallClock {
            let elapsed = ContinuousClock.now - began
            return start + Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        }
        // As `punctual serve` runs: a report's POST only stores it, and the forecasts and the
        // notices it sets off are caught up beside the server.
        services = try APIServices(store: store, clock: clock, followUp: .deferred)
        let (ports, announce) = AsyncStream.makeStream(of: Int.self)
        let app = PunctualServer.application(services: services, port: 0,
                                             limits: ServerLimits(headerTimeout: .seconds(600), idleTimeout: .seconds(600))) { announce.yield($0) }
        server = Task { try await app.runService(gracefulShutdownSignals: []) }
        var announced = ports.makeAsyncIterator()
        guard let port = await announced.next() else { throw WebDriver.Failure(description: "the server did not start") }
        base = "http://127.0.0.1:\(port)"
        try store.setSetting(.webBaseURL, to: base)
    }

    deinit { server.cancel() }

    /// A one-time sign-in link for `caller`.
    func signInLink(_ caller: Caller) throws -> String {
        WebLinks.signIn(base: base, code: try services.tokens.issueSignInCode(for: caller, now: services.clock()))
    }

    /// The customer's tracking link of `job`, as their messages carry it.
    func trackingLink(_ job: String) throws -> String {
        WebLinks.tracking(base: base, token: try store.trackingToken(jobID: job, now: services.clock()))
    }

    /// Signs a browser window in with a fresh link, as a person opening it and tapping "Sign in".
    func signIn(_ session: WebDriver.Session, as caller: Caller) throws {
        try session.open(try signInLink(caller))
        try session.click("#sign-in")
    }
}
