import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualServer

@Suite struct MeRoutesTests {
    typealias A = APIFixtures

    @Test func theRouteListsOnlyTheCallersVisitsInOrderWithCustomerAndWindow() async throws {
        let fixture = try A()
        try await fixture.app.test(.router) { client in
            try await client.execute(uri: "/v1/me/route?date=2026-11-24", method: .get, headers: A.headers(fixture.otherTechnicianToken)) { response in
                #expect(response.status == .ok)
                let route = try JSONDecoder().decode(RouteResponse.self, from: Data(buffer: response.body))
                #expect(route.technician_id == "T02")
                #expect(route.visits.map(\.job_id) == ["J0002", "J0003"])
                #expect(route.visits[0].customer_name == "Wyatt Clark")
                #expect(route.visits[0].window_start == "2026-11-24T10:00:00-07:00")
                #expect(route.visits[0].planned_arrival == "2026-11-24T10:00:00-07:00")
            }
            // Today by the server's clock is the same date.
            try await client.execute(uri: "/v1/me/route", method: .get, headers: A.headers(fixture.technicianToken)) { response in
                let route = try JSONDecoder().decode(RouteResponse.self, from: Data(buffer: response.body))
                #expect(route.visits.map(\.notes) == ["Gate code 4412; dog"])
                #expect(route.checklist.map(\.part) == ["capacitor-45uf"])
                #expect((route.checklist.first?.needed, route.checklist.first?.in_van, route.checklist.first?.load) == (1, 3, 0))
                // The planned break, and where it falls: after J0001, the only visit.
                #expect(route.breaks.map(\.start) == ["2026-11-24T11:30:00-07:00"])
                #expect(route.breaks.map(\.end) == ["2026-11-24T12:00:00-07:00"])
                #expect(route.breaks.map(\.minutes) == [30] && route.breaks.map(\.after_visit) == [1])
            }
            try await client.execute(uri: "/v1/me/route?date=2026-11-25", method: .get, headers: A.headers(fixture.technicianToken)) { response in
                #expect(response.status == .ok)
                let route = try JSONDecoder().decode(RouteResponse.self, from: Data(buffer: response.body))
                #expect(route.visits.isEmpty)
            }
            try await client.execute(uri: "/v1/me/route?date=2026-02-30", method: .get, headers: A.headers(fixture.technicianToken)) { response in
                #expect(response.status == .badRequest)
                #expect(A.error(response)?.field == "date")
            }
        }
    }

    @Test func positionsAcceptOneABatchOrAWrapperAndLateDuplicatesAreOrdered() async throws {
        let fixture = try A()
        try await fixture.app.test(.router) { client in
            let headers = A.headers(fixture.technicianToken)
            try await client.execute(uri: "/v1/me/positions", method: .post, headers: headers,
                                     body: A.body(#"{"at":"2026-11-24T09:20:00-07:00","lat":46.87,"lon":-114.02,"accuracy_m":5}"#)) { response in
                #expect(response.status == .ok)
                #expect(A.json(response)["accepted"] as? Int == 1)
                #expect(String(buffer: response.body) == #"{"accepted":1}"#)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
            }
            try await client.execute(uri: "/v1/me/positions", method: .post, headers: headers, body: A.body("""
                [{"at":"2026-11-24T16:25:00Z","lat":46.871,"lon":-114.019},{"at":"2026-11-24T09:20:00-07:00","lat":46.87,"lon":-114.02}]
                """)) { response in
                #expect(A.json(response)["accepted"] as? Int == 2)
            }
            try await client.execute(uri: "/v1/me/positions", method: .post, headers: headers, body: A.body("""
                {"fixes":[{"at":"2026-11-24T09:10:00.250-07:00","lat":46.86,"lon":-114.03,"speed_mps":11.5,"heading":270}]}
                """)) { response in
                #expect(A.json(response)["accepted"] as? Int == 1)
            }
        }
        let fixes = try fixture.store.fixes(technician: "T01")
        #expect(fixes.map(\.at) == [A.at(9, 10).addingTimeInterval(0.25), A.at(9, 20), A.at(9, 25)])
    }

    @Test(arguments: [
        (#"{"at":"2026-11-24T09:20:00-07:00","lat":91,"lon":-114}"#, "lat"),
        (#"{"at":"2026-11-24T09:20:00-07:00","lat":46,"lon":-181}"#, "lon"),
        (#"{"at":"2026-11-24T11:00:00-07:00","lat":46,"lon":-114}"#, "at"),
        (#"{"at":"yesterday","lat":46,"lon":-114}"#, "at"),
        (#"{"at":"2026-11-23T25:00:00Z","lat":46,"lon":-114}"#, "at"),
        (#"{"at":"2026-02-30T06:00:00Z","lat":46,"lon":-114}"#, "at"),
        (#"{"lat":46,"lon":-114}"#, "at"),
        (#"{"at":"2026-11-24T09:20:00-07:00","lat":"north","lon":-114}"#, "lat"),
        (#"{"at":"2026-11-24T09:20:00-07:00","lat":46,"lon":-114,"heading":360}"#, "heading"),
        (#"[{"at":"2026-11-24T09:20:00-07:00","lat":46,"lon":-114},{"at":"2026-11-24T09:21:00-07:00","lat":46,"lon":-200}]"#, "[1].lon"),
        (#"[]"#, "fixes"),
    ])
    func aBadFixIs400NamingTheFieldAndNothingIsStored(body: String, field: String) async throws {
        let fixture = try A()
        try await fixture.app.test(.router) { client in
            try await client.execute(uri: "/v1/me/positions", method: .post, headers: A.headers(fixture.technicianToken), body: A.body(body)) { response in
                #expect(response.status == .badRequest)
                let error = try #require(A.error(response))
                #expect(error.field == field)
                #expect(!error.detail.isEmpty)
            }
        }
        #expect(try fixture.store.fixCount() == 0)
    }

    @Test func malformedJSONIs400AndAnOversizedBodyIs413() async throws {
        let fixture = try A()
        try await fixture.app.test(.router) { client in
            try await client.execute(uri: "/v1/me/positions", method: .post, headers: A.headers(fixture.technicianToken), body: A.body("{\"at\":")) { response in
                #expect(response.status == .badRequest)
                #expect(A.error(response)?.error == "malformed_json")
            }
            let fix = #"{"at":"2026-11-24T09:20:00-07:00","lat":46.87,"lon":-114.02}"#
            let huge = "[" + Array(repeating: fix, count: 5000).joined(separator: ",") + "]"
            try await client.execute(uri: "/v1/me/positions", method: .post, headers: A.headers(fixture.technicianToken), body: A.body(huge)) { response in
                #expect(response.status == .contentTooLarge)
                #expect(A.error(response)?.error == "body_too_large")
            }
        }
        #expect(try fixture.store.fixCount() == 0)
    }
}
