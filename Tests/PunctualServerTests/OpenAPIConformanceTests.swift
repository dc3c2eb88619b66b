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
                                                      contents: Fixtures.technicians + "\nT03,Ana Ruiz,,,46.8705,-114.026,,,08:00,17:00,hvac;plumbing,,,"
                                                          + "\nT04,Bo Lind,,,46.8705,-114.026,,,08:00,17:00,hvac,,,")])
        // One who works no more from tomorrow: a day's change for them after that is a conflict.
        try RosterDesk(store: fixture.store).deactivate("T04", from: LocalDate(parsing: "2026-11-25")!, actor: "test", now: A.at(9, 0))
        // Requests of the next day for the dispatcher's changes, each operation with its own job, and
        // a cancellation made by mistake to put back.
        try Importer(store: fixture.store).run([.init(kind: .jobs, name: "jobs.csv", contents: A.jobs.split(separator: "\n")[0] + """

            J0010,Lee Park,+14065550140,,sms,"2100 Brooks St",46.85,-114.02,drain-clog,45,plumbing,,normal,2026-11-25,10:00,11:00,,
            J0011,Rae Quinn,+14065550141,,sms,"900 Russell St",46.862,-114.015,drain-clog,45,plumbing,,normal,2026-11-25,11:00,12:00,,
            J0012,Sam Ortiz,+14065550142,,sms,"150 E Spruce St",46.873,-113.992,drain-clog,45,plumbing,,normal,2026-11-25,12:00,13:00,,
            J0013,Kai Long,+14065550143,,sms,"200 W Broadway",46.871,-113.996,drain-clog,45,plumbing,,normal,2026-11-25,,,,
            """)])
        try JobDesk(store: fixture.store).cancel("J0013", actor: "test", now: A.at(9, 0))
        let dispatcher = fixture.dispatcherToken
        func desk(_ uri: String, _ method: HTTPRequest.Method = .post, _ body: String? = nil, _ token: String?) -> Example {
            Example(uri: uri, method: method, token: token, body: body)
        }
        let newJob = #"{"customer":"Ana Ruiz","phone":"(406) 555-0188","lat":46.87,"lon":-113.99,"type":"drain-clog","duration_minutes":30,"date":"2026-11-25","skills":"plumbing"}"#
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
            .init(path: "/v1/jobs/{job}/alternatives", method: "get"): [
                desk("/v1/jobs/J0002/alternatives", .get, nil, dispatcher),
                desk("/v1/jobs/J9999/alternatives", .get, nil, dispatcher),
                desk("/v1/jobs/J0002/alternatives", .get, nil, nil),
                desk("/v1/jobs/J0002/alternatives", .get, nil, fixture.technicianToken),
            ],
            .init(path: "/v1/inbox", method: "get"): [
                desk("/v1/inbox", .get, nil, dispatcher),
                desk("/v1/inbox?all=true", .get, nil, dispatcher),
                desk("/v1/inbox", .get, nil, nil),
                desk("/v1/inbox", .get, nil, fixture.technicianToken),
            ],
            .init(path: "/v1/jobs/{job}/reassign", method: "post"): [
                reassign("J0003", #"{"technician":"T03"}"#, fixture.dispatcherToken),
                reassign("J0002", #"{"technician":"T01"}"#, fixture.dispatcherToken),
                reassign("J9999", #"{"technician":"T01"}"#, fixture.dispatcherToken),
                reassign("J0002", #"{"technician":"T99"}"#, fixture.dispatcherToken),
                reassign("J0002", #"{"technician":"T01"}"#, nil),
                reassign("J0002", #"{"technician":"T01"}"#, fixture.technicianToken),
            ],
            .init(path: "/v1/jobs", method: "post"): [
                desk("/v1/jobs", .post, newJob, dispatcher),
                desk("/v1/jobs", .post, newJob.replacingOccurrences(of: "(406) 555-0188", with: "555"), dispatcher),
                desk("/v1/jobs", .post, #"{"id":"J0001","customer":"X","phone":"+14065550100","lat":46.87,"lon":-113.99,"type":"t","duration_minutes":30,"date":"2026-11-25"}"#, dispatcher),
                desk("/v1/jobs", .post, newJob, nil),
                desk("/v1/jobs", .post, newJob, fixture.technicianToken),
            ],
            .init(path: "/v1/jobs/{job}", method: "patch"): [
                desk("/v1/jobs/J0010", .patch, #"{"notes":"side door"}"#, dispatcher),
                desk("/v1/jobs/J0010", .patch, #"{"duration_minutes":0}"#, dispatcher),
                desk("/v1/jobs/J0010", .patch, #"{"duration_minutes":900}"#, dispatcher),
                desk("/v1/jobs/J9999", .patch, #"{"notes":"x"}"#, dispatcher),
                desk("/v1/jobs/J0010", .patch, #"{"notes":"x"}"#, nil),
                desk("/v1/jobs/J0010", .patch, #"{"notes":"x"}"#, fixture.technicianToken),
            ],
            .init(path: "/v1/jobs/{job}/cancel", method: "post"): [
                desk("/v1/jobs/J0011/cancel", .post, #"{"reason":"fixed it"}"#, dispatcher),
                desk("/v1/jobs/J0011/cancel", .post, "{}", dispatcher),
                desk("/v1/jobs/J9999/cancel", .post, "{}", dispatcher),
                desk("/v1/jobs/J0011/cancel", .post, "{}", nil),
                desk("/v1/jobs/J0011/cancel", .post, "{}", fixture.technicianToken),
                desk("/v1/jobs/J0011/cancel", .post, "not json", dispatcher),
            ],
            .init(path: "/v1/jobs/{job}/move", method: "post"): [
                desk("/v1/jobs/J0012/move", .post, #"{"window_start":"2026-11-25T13:00:00-07:00","window_end":"2026-11-25T14:00:00-07:00"}"#, dispatcher),
                desk("/v1/jobs/J0012/move", .post, #"{"window_start":"tomorrow","window_end":"2026-11-25T14:00:00-07:00"}"#, dispatcher),
                desk("/v1/jobs/J0012/move", .post, #"{"window_start":"2026-11-25T04:00:00-07:00","window_end":"2026-11-25T05:00:00-07:00"}"#, dispatcher),
                desk("/v1/jobs/J9999/move", .post, #"{"window_start":"2026-11-25T13:00:00-07:00","window_end":"2026-11-25T14:00:00-07:00"}"#, dispatcher),
                desk("/v1/jobs/J0012/move", .post, "{}", nil),
                desk("/v1/jobs/J0012/move", .post, "{}", fixture.technicianToken),
            ],
            .init(path: "/v1/jobs/{job}/reset", method: "post"): [
                desk("/v1/jobs/J0013/reset", .post, #"{"status":"requested","reason":"cancelled the wrong job"}"#, dispatcher),
                desk("/v1/jobs/J0013/reset", .post, #"{"status":"requested","reason":""}"#, dispatcher),
                desk("/v1/jobs/J0013/reset", .post, #"{"status":"completed","reason":"x"}"#, dispatcher),
                desk("/v1/jobs/J9999/reset", .post, #"{"status":"requested","reason":"x"}"#, dispatcher),
                desk("/v1/jobs/J0013/reset", .post, "{}", nil),
                desk("/v1/jobs/J0013/reset", .post, "{}", fixture.technicianToken),
            ],
            .init(path: "/v1/jobs/{job}/history", method: "get"): [
                desk("/v1/jobs/J0013/history", .get, nil, dispatcher),
                desk("/v1/jobs/J9999/history", .get, nil, dispatcher),
                desk("/v1/jobs/J0002/history", .get, nil, nil),
                desk("/v1/jobs/J0002/history", .get, nil, fixture.technicianToken),
            ],
            .init(path: "/v1/technicians/{technician}/absences", method: "post"): [
                desk("/v1/technicians/T03/absences", .post, #"{"date":"2026-11-26","from":"12:00","reason":"dentist"}"#, dispatcher),
                desk("/v1/technicians/T03/absences", .post, #"{"date":"26/11"}"#, dispatcher),
                desk("/v1/technicians/T99/absences", .post, #"{"date":"2026-11-26"}"#, dispatcher),
                desk("/v1/technicians/T04/absences", .post, #"{"date":"2026-11-26"}"#, dispatcher),
                desk("/v1/technicians/T03/absences", .post, #"{"date":"2026-11-26"}"#, nil),
                desk("/v1/technicians/T03/absences", .post, #"{"date":"2026-11-26"}"#, fixture.technicianToken),
            ],
            .init(path: "/v1/technicians", method: "post"): [
                desk("/v1/technicians", .post, #"{"id":"T09","name":"Lee Park","lat":46.87,"lon":-114.02,"shift":"08:00-17:00","skills":["hvac"]}"#, dispatcher),
                desk("/v1/technicians", .post, #"{"id":"T10","name":"Al","lat":46.87,"lon":-114.02,"shift":"17:00-08:00","skills":["hvac"]}"#, dispatcher),
                desk("/v1/technicians", .post, #"{"id":"T01","name":"Again","lat":46.87,"lon":-114.02,"shift":"08:00-17:00","skills":["hvac"]}"#, dispatcher),
                desk("/v1/technicians", .post, "{}", nil),
                desk("/v1/technicians", .post, "{}", fixture.technicianToken),
            ],
            .init(path: "/v1/technicians/{technician}/history", method: "get"): [
                desk("/v1/technicians/T01/history", .get, nil, dispatcher),
                desk("/v1/technicians/T99/history", .get, nil, dispatcher),
                desk("/v1/technicians/T01/history", .get, nil, nil),
                desk("/v1/technicians/T01/history", .get, nil, fixture.technicianToken),
            ],
            .init(path: "/v1/technicians/{technician}/shifts", method: "post"): [
                desk("/v1/technicians/T02/shifts", .post, #"{"date":"2026-11-26","hours":"09:00-15:00","reason":"school run"}"#, dispatcher),
                desk("/v1/technicians/T02/shifts", .post, #"{"date":"2026-11-26","hours":"9-3"}"#, dispatcher),
                desk("/v1/technicians/T99/shifts", .post, #"{"date":"2026-11-26","hours":"09:00-15:00"}"#, dispatcher),
                desk("/v1/technicians/T04/shifts", .post, #"{"date":"2026-11-26","hours":"09:00-15:00"}"#, dispatcher),
                desk("/v1/technicians/T02/shifts", .post, "{}", nil),
                desk("/v1/technicians/T02/shifts", .post, "{}", fixture.technicianToken),
            ],
            .init(path: "/v1/technicians/{technician}/deactivate", method: "post"): [
                desk("/v1/technicians/T03/deactivate", .post, #"{"date":"2026-11-27","reason":"moved away"}"#, dispatcher),
                desk("/v1/technicians/T03/deactivate", .post, #"{"date":"27/11"}"#, dispatcher),
                desk("/v1/technicians/T99/deactivate", .post, #"{"date":"2026-11-27"}"#, dispatcher),
                desk("/v1/technicians/T03/deactivate", .post, "{}", nil),
                desk("/v1/technicians/T03/deactivate", .post, "{}", fixture.technicianToken),
            ],
            .init(path: "/v1/jobs/{job}/offers", method: "get"): [
                desk("/v1/jobs/J0012/offers?days=2&prefer=afternoons", .get, nil, dispatcher),
                desk("/v1/jobs/J0012/offers?prefer=lunchtime", .get, nil, dispatcher),
                desk("/v1/jobs/J9999/offers", .get, nil, dispatcher),
                desk("/v1/jobs/J0012/offers", .get, nil, nil),
                desk("/v1/jobs/J0012/offers", .get, nil, fixture.technicianToken),
            ],
            .init(path: "/v1/plans/{date}/drafts", method: "post"): [
                desk("/v1/plans/2026-11-24/drafts?time_limit=0.3", .post, nil, dispatcher),
                desk("/v1/plans/24-11/drafts", .post, nil, dispatcher),
                desk("/v1/plans/2026-11-23/drafts?time_limit=0.3", .post, nil, dispatcher),
                desk("/v1/plans/2026-11-24/drafts", .post, nil, nil),
                desk("/v1/plans/2026-11-24/drafts", .post, nil, fixture.technicianToken),
            ],
            .init(path: "/v1/plans/{date}/publish", method: "post"): [
                desk("/v1/plans/2026-11-24/publish", .post, #"{"version":1}"#, dispatcher),
                desk("/v1/plans/2026-11-24/publish", .post, "{}", dispatcher),
                desk("/v1/plans/2026-11-24/publish", .post, #"{"version":99}"#, dispatcher),
                desk("/v1/plans/2026-11-24/publish", .post, "{}", nil),
                desk("/v1/plans/2026-11-24/publish", .post, "{}", fixture.technicianToken),
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
