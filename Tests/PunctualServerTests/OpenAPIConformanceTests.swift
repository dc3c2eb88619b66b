import Foundation
import Hummingbird
import HummingbirdTesting
import PunctualTestSupport
import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualImport
@testable import PunctualServer

/// Real responses against `/openapi.yaml`: every documented operation exists, answers with a
/// documented status, and carries the documented required properties.
@Suite struct OpenAPIConformanceTests {
    typealias A = APIFixtures

    struct Example {
        var uri: String
        var method: HTTPRequest.Method
        var token: String?
        var body: String?
        var key: String?
    }

    @Test func everyDocumentedOperationAnswersAsDocumented() async throws {
        let fixture = try A()
        try fixture.store.recordFixes([("T01", [PositionFix(at: A.at(9, 28), location: GeoPoint(latitude: 46.87, longitude: -114.02))])],
                                      receivedAt: A.at(9, 28))
        let fix = #"{"at":"2026-11-24T09:29:00-07:00","lat":46.87,"lon":-114.02}"#
        // A second plumber at the depot, so a reassignment can succeed.
        try Importer(store: fixture.store).run([.init(kind: .technicians, name: "technicians.csv",
                                                      contents: Fixtures.technicians + "\nT03,Ana Ruiz,,,46.8705,-114.026,,,08:00,17:00,hvac;plumbing,,,")])
        func reassign(_ job: String, _ body: String, _ token: String?) -> Example {
            Example(uri: "/v1/jobs/\(job)/reassign", method: .post, token: token, body: body)
        }
        let examples: [OpenAPIOutline.Operation: [Example]] = [
            .init(path: "/healthz", method: "get"): [Example(uri: "/healthz", method: .get)],
            .init(path: "/metrics", method: "get"): [Example(uri: "/metrics", method: .get)],
            .init(path: "/openapi.yaml", method: "get"): [Example(uri: "/openapi.yaml", method: .get)],
            .init(path: "/v1/me/route", method: "get"): [
                Example(uri: "/v1/me/route?date=2026-11-24", method: .get, token: fixture.technicianToken),
                Example(uri: "/v1/me/route?date=24/11", method: .get, token: fixture.technicianToken),
                Example(uri: "/v1/me/route", method: .get),
                Example(uri: "/v1/me/route", method: .get, token: fixture.dispatcherToken),
            ],
            .init(path: "/v1/me/positions", method: "post"): [
                Example(uri: "/v1/me/positions", method: .post, token: fixture.technicianToken, body: fix),
                Example(uri: "/v1/me/positions", method: .post, token: fixture.technicianToken, body: "[\(fix)]"),
                Example(uri: "/v1/me/positions", method: .post, token: fixture.technicianToken, body: #"{"lat":1}"#),
                Example(uri: "/v1/me/positions", method: .post, token: fixture.technicianToken,
                        body: "[" + Array(repeating: fix, count: 5000).joined(separator: ",") + "]"),
                Example(uri: "/v1/me/positions", method: .post, body: fix),
                Example(uri: "/v1/me/positions", method: .post, token: fixture.dispatcherToken, body: fix),
            ],
            .init(path: "/v1/me/visits/{job}/events", method: "post"): [
                Example(uri: "/v1/me/visits/J0001/events", method: .post, token: fixture.technicianToken, body: #"{"type":"arrived"}"#, key: "k"),
                Example(uri: "/v1/me/visits/J0001/events", method: .post, token: fixture.technicianToken, body: #"{"type":"arrived"}"#, key: "k"),
                Example(uri: "/v1/me/visits/J0001/events", method: .post, token: fixture.technicianToken, body: #"{"type":"completed"}"#),
                Example(uri: "/v1/me/visits/J0001/events", method: .post, token: fixture.technicianToken, body: #"{"type":"nap"}"#),
                Example(uri: "/v1/me/visits/J0002/events", method: .post, token: fixture.technicianToken, body: #"{"type":"arrived"}"#),
                Example(uri: "/v1/me/visits/J0404/events", method: .post, token: fixture.technicianToken, body: #"{"type":"arrived"}"#),
                Example(uri: "/v1/me/visits/J0001/events", method: .post, body: #"{"type":"arrived"}"#),
            ],
            .init(path: "/v1/jobs/{job}/reassign", method: "post"): [
                reassign("J0003", #"{"technician":"T03"}"#, fixture.dispatcherToken),
                reassign("J0002", #"{"technician":"T01"}"#, fixture.dispatcherToken),
                reassign("J9999", #"{"technician":"T01"}"#, fixture.dispatcherToken),
                reassign("J0002", #"{"technician":"T99"}"#, fixture.dispatcherToken),
                reassign("J0002", #"{"technician":"T01"}"#, nil),
                reassign("J0002", #"{"technician":"T01"}"#, fixture.technicianToken),
            ],
            .init(path: "/v1/board", method: "get"): [
                Example(uri: "/v1/board?date=2026-11-24", method: .get, token: fixture.dispatcherToken),
                Example(uri: "/v1/board?date=tomorrow", method: .get, token: fixture.dispatcherToken),
                Example(uri: "/v1/board", method: .get),
                Example(uri: "/v1/board", method: .get, token: fixture.technicianToken),
            ],
        ]
        try await fixture.app.test(.router) { client in
            let yaml = try await client.execute(uri: "/openapi.yaml", method: .get) { String(buffer: $0.body) }
            #expect(yaml.hasPrefix("openapi: 3.1.0"))
            let outline = OpenAPIOutline(yaml)
            #expect(Set(outline.responses.keys) == Set(examples.keys), "documented operations and exercised ones differ")
            var seen: [OpenAPIOutline.Operation: Set<String>] = [:]
            for (operation, cases) in examples {
                let documented = try #require(outline.responses[operation], "\(operation) is not documented")
                for example in cases {
                    try await client.execute(uri: example.uri, method: example.method,
                                             headers: A.headers(example.token, idempotencyKey: example.key),
                                             body: example.body.map(A.body)) { response in
                        let status = String(response.status.code)
                        seen[operation, default: []].insert(status)
                        guard let schema = documented[status] else {
                            Issue.record("\(example.method) \(example.uri) answered \(status), which is not documented")
                            return
                        }
                        if let schema {
                            let json = try JSONSerialization.jsonObject(with: Data(buffer: response.body))
                            #expect(outline.missing(in: json, schema: schema).isEmpty,
                                    "\(example.method) \(example.uri) \(status) lacks \(outline.missing(in: json, schema: schema))")
                        }
                    }
                }
            }
            // Every documented status was produced by some example.
            for (operation, documented) in outline.responses {
                #expect(Set(documented.keys) == seen[operation] ?? [], "\(operation.method) \(operation.path)")
            }
            #expect(outline.schemas["BoardTechnician"]?.references["visits"]?.schema == "BoardVisit")
        }
    }
}
