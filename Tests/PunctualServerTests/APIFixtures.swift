import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
@testable import Punctual
@testable import PunctualCore
@testable import PunctualImport
@testable import PunctualServer
import PunctualTestSupport

/// The fixture business with a published plan for 2026-11-24 (its own jobs, each with a window),
/// tokens for both technicians and the dispatcher, and a server clock fixed at 09:30 Denver time.
struct APIFixtures {
    static let date = Fixtures.day
    static let settings = Fixtures.settings

    static let jobs = """
        id,customer,phone,email,notify,address,lat,lon,type,duration_minutes,skills,parts,priority,date,window_start,window_end,available,notes
        J0001,Jenna Rivera,+14065550129,jenna@example.net,both,"1182 Scott St, Missoula, MT 59802",46.882789,-114.001689,ac-repair,60,hvac,,high,2026-11-24,09:00,10:00,,"Gate code 4412; dog"
        J0002,Wyatt Clark,+14065550130,,sms,"626 S 5th St W, Missoula, MT 59801",46.8650,-114.0010,drain-clog,45,plumbing,,normal,2026-11-24,10:00,12:00,,
        J0003,Ada Moss,+14065550131,,sms,"100 N Higgins Ave, Missoula, MT 59802",46.8721,-113.9940,drain-clog,30,plumbing,,normal,2026-11-24,13:00,14:00,,
        """

    let store: Store
    let services: APIServices
    let technicianToken: String
    let otherTechnicianToken: String
    let dispatcherToken: String
    var now: Date { Self.at(9, 30) }

    static func at(_ hour: Int, _ minute: Int = 0) -> Date { Fixtures.at(hour, minute) }

    init(now: Date = APIFixtures.at(9, 30), policy: TrackingPolicy = TrackingPolicy(), followUp: FieldFollowUp.Mode = .inline) throws {
        store = try Fixtures.store(importing: Fixtures.sources(stock: "", jobs: Self.jobs))
        func at(_ hour: Int, _ minute: Int = 0) -> Date { Self.at(hour, minute) }
        let plan = try store.savePlan(Plan(
            date: Self.date, version: 0, state: .draft, createdAt: at(7), cost: 1,
            visits: [
                PlanVisit(technicianID: "T01", sequence: 1, jobID: "J0001", plannedArrival: at(9, 10), plannedStart: at(9, 10), plannedEnd: at(10, 10)),
                PlanVisit(technicianID: "T02", sequence: 1, jobID: "J0002", plannedArrival: at(10), plannedStart: at(10), plannedEnd: at(10, 45)),
                PlanVisit(technicianID: "T02", sequence: 2, jobID: "J0003", plannedArrival: at(13), plannedStart: at(13), plannedEnd: at(13, 30)),
            ],
            unassigned: [],
            routes: [PlanRoute(technicianID: "T01", departure: at(8), end: at(11), travelSeconds: 1200, distanceMetres: 9000,
                               overtimeSeconds: 0, breaks: [DateInterval(start: at(11, 30), duration: 30 * 60)],
                               checklist: [PartChecklistItem(part: "capacitor-45uf", needed: 1, inVan: 3, load: 0)])]))
        try store.publishPlan(id: plan.id!)
        services = try APIServices(store: store, policy: policy, clock: .fixed(now), followUp: followUp)
        let tokens = AccessTokens(store: store)
        technicianToken = try tokens.issue(for: .technician("T01"), now: now)
        otherTechnicianToken = try tokens.issue(for: .technician("T02"), now: now)
        dispatcherToken = try tokens.issue(for: .dispatcher, now: now)
    }

    /// Patient limits: a live test's client connects before the test runs, and on a loaded machine
    /// its first request may come long after.
    var app: some ApplicationProtocol {
        PunctualServer.application(services: services, limits: ServerLimits(headerTimeout: .seconds(600), idleTimeout: .seconds(600)))
    }

    static func headers(_ token: String?, idempotencyKey: String? = nil) -> HTTPFields {
        var fields = HTTPFields()
        if let token { fields[.authorization] = "Bearer \(token)" }
        fields[.contentType] = "application/json"
        if let idempotencyKey { fields[HTTPField.Name("Idempotency-Key")!] = idempotencyKey }
        return fields
    }

    static func body(_ text: String) -> ByteBuffer { ByteBuffer(string: text) }

    /// The body as a JSON object; empty when it is not one (the expectations on it then fail).
    static func json(_ response: TestResponse) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(buffer: response.body))) as? [String: Any] ?? [:]
    }

    /// The body as the API's error; nil when it is not one.
    static func error(_ response: TestResponse) -> APIError.Body? {
        try? JSONDecoder().decode(APIError.Body.self, from: Data(buffer: response.body))
    }
}
