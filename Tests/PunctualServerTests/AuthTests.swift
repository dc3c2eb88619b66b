import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualServer

@Suite struct AuthTests {
    typealias A = APIFixtures

    @Test(arguments: [
        ("/v1/me/route", HTTPRequest.Method.get), ("/v1/me/positions", .post), ("/v1/me/visits/J0001/events", .post), ("/v1/board", .get),
    ])
    func noTokenOrAnUnknownOneIs401(uri: String, method: HTTPRequest.Method) async throws {
        let fixture = try A()
        try await fixture.app.test(.router) { client in
            for token in [nil, "pt_" + String(repeating: "a", count: 64), "not-a-token"] as [String?] {
                try await client.execute(uri: uri, method: method, headers: A.headers(token), body: A.body("{}")) { response in
                    #expect(response.status == .unauthorized)
                    #expect(A.error(response)?.error == "unauthorized")
                }
            }
            var basic = HTTPFields()
            basic[.authorization] = "Basic dXNlcjpwYXNz"
            try await client.execute(uri: uri, method: method, headers: basic) { response in
                #expect(response.status == .unauthorized)
            }
        }
    }

    @Test func theWrongRoleIs403() async throws {
        let fixture = try A()
        try await fixture.app.test(.router) { client in
            try await client.execute(uri: "/v1/board", method: .get, headers: A.headers(fixture.technicianToken)) { response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(uri: "/v1/me/route", method: .get, headers: A.headers(fixture.dispatcherToken)) { response in
                #expect(response.status == .forbidden)
            }
        }
    }

    @Test func aRevokedTokenStopsWorking() async throws {
        let fixture = try A()
        try AccessTokens(store: fixture.store).revoke(technician: "T01")
        try await fixture.app.test(.router) { client in
            try await client.execute(uri: "/v1/me/route", method: .get, headers: A.headers(fixture.technicianToken)) { response in
                #expect(response.status == .unauthorized)
            }
        }
    }

    @Test func anotherTechniciansJobIs403AndLeavesItAlone() async throws {
        let fixture = try A()
        try await fixture.app.test(.router) { client in
            try await client.execute(uri: "/v1/me/visits/J0002/events", method: .post, headers: A.headers(fixture.technicianToken),
                                     body: A.body(#"{"type":"arrived"}"#)) { response in
                #expect(response.status == .forbidden)
                #expect(A.error(response)?.field == "job")
            }
        }
        #expect(try fixture.store.visitEvents(job: "J0002").isEmpty)
    }
}
