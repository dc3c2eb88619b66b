import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualServer

/// Every instant a request carries — a fix's `at`, a visit report's `at`, the ends of a moved
/// window — is read by one rule: a moment that does not exist (or lies outside 2000 to 2099) is
/// 400 naming the field and nothing changes; a real one, in any form the API speaks, is stored as
/// exactly that moment.
@Suite struct InstantFieldRoutesTests {
    typealias A = APIFixtures

    static let impossible = [
        "2026-02-30T06:00:00Z", "2026-11-31T09:20:00-07:00", "2026-02-29T09:20:00-07:00", "2026-11-24T25:00:00Z",
        "2026-11-24T24:00:00Z", "2026-11-24T09:60:00-07:00", "2026-11-24T09:20:60-07:00", "0001-11-24T09:20:00-07:00",
        "1999-11-24T09:20:00-07:00", "2100-11-24T09:20:00-07:00", "2026-11-24T09:20:00-07:00junk", "2026-11-24T09:20:00.5-24:00",
    ]

    @Test(arguments: impossible)
    func aFixAtAMomentThatDoesNotExistIs400NamingIt(at text: String) async throws {
        let fixture = try A()
        try await fixture.app.test(.router) { client in
            let body = #"[{"at":"2026-11-24T09:20:00-07:00","lat":46.87,"lon":-114.02},{"at":"\#(text)","lat":46.87,"lon":-114.02}]"#
            try await client.execute(uri: "/v1/me/positions", method: .post, headers: A.headers(fixture.technicianToken), body: A.body(body)) { response in
                #expect(response.status == .badRequest)
                #expect(A.error(response)?.field == "[1].at")
            }
        }
        #expect(try fixture.store.fixCount() == 0)
    }

    @Test(arguments: impossible)
    func aVisitReportAtAMomentThatDoesNotExistIs400NamingIt(at text: String) async throws {
        let fixture = try A()
        try await fixture.app.test(.router) { client in
            try await client.execute(uri: "/v1/me/visits/J0001/events", method: .post, headers: A.headers(fixture.technicianToken),
                                     body: A.body(#"{"type":"arrived","at":"\#(text)"}"#)) { response in
                #expect(response.status == .badRequest)
                #expect(A.error(response)?.field == "at")
            }
        }
        #expect(try fixture.store.visitEvents(job: "J0001").isEmpty)
    }

    @Test(arguments: impossible)
    func aWindowMovedToAMomentThatDoesNotExistIs400NamingTheEnd(at text: String) async throws {
        let fixture = try A()
        let before = try fixture.store.job("J0002")?.promisedWindow
        try await fixture.app.test(.router) { client in
            for (start, end, field) in [(text, "2026-11-25T14:00:00-07:00", "window_start"), ("2026-11-25T13:00:00-07:00", text, "window_end")] {
                try await client.execute(uri: "/v1/jobs/J0002/move", method: .post, headers: A.headers(fixture.dispatcherToken),
                                         body: A.body(#"{"window_start":"\#(start)","window_end":"\#(end)"}"#)) { response in
                    #expect(response.status == .badRequest)
                    #expect(A.error(response)?.field == field)
                }
            }
        }
        #expect(try fixture.store.job("J0002")?.promisedWindow == before)
    }

    @Test(arguments: [
        ("2026-11-24T16:20:00Z", 0.0), ("2026-11-24T09:20:00-07:00", 0), ("2026-11-24T09:20:00-0700", 0), ("2026-11-24T09:20:00-07", 0),
        ("2026-11-25T05:20:00+13:00", 0), ("2026-11-24T09:20:00.250-07:00", 0.25), ("2026-11-24T09:20:00.2500-07:00", 0.25),
    ])
    func aFixAtARealMomentIsStoredAsThatMoment(at text: String, plusSeconds fraction: Double) async throws {
        let fixture = try A()
        try await fixture.app.test(.router) { client in
            try await client.execute(uri: "/v1/me/positions", method: .post, headers: A.headers(fixture.technicianToken),
                                     body: A.body(#"{"at":"\#(text)","lat":46.87,"lon":-114.02}"#)) { response in
                #expect(response.status == .ok)
            }
        }
        #expect(try fixture.store.fixes(technician: "T01").map(\.at) == [A.at(9, 20).addingTimeInterval(fraction)])
    }
}
