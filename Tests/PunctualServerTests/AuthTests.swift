import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Punctual
@testable import PunctualCore
import PunctualImport
@testable import PunctualServer
import PunctualTestSupport

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

    /// Used, revoked, and refused at the very next request (a cache once let a revoked token work
    /// for 5 s more); the other technician's token is untouched.
    @Test func aTokenRevokedWhileInUseIsRefusedAtTheNextRequest() async throws {
        let fixture = try A()
        try await fixture.app.test(.router) { client in
            try await client.execute(uri: "/v1/me/route", method: .get, headers: A.headers(fixture.technicianToken)) { #expect($0.status == .ok) }
            try AccessTokens(store: fixture.store).revoke(technician: "T01")
            try await client.execute(uri: "/v1/me/route", method: .get, headers: A.headers(fixture.technicianToken)) { response in
                #expect(response.status == .unauthorized)
                #expect(A.error(response)?.error == "unauthorized")
            }
            try await client.execute(uri: "/v1/me/route", method: .get, headers: A.headers(fixture.otherTechnicianToken)) { #expect($0.status == .ok) }
        }
    }

    /// `punctual technicians token T01 --revoke` writes through a connection of its own to the file
    /// the running server reads: the server refuses the token at its next request.
    @Test func aTokenRevokedFromAnotherProcessIsRefusedAtTheNextRequest() async throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("punctual.sqlite").path
        do {
            let store = try Store.open(path: path, create: true)
            try store.saveProfile(Fixtures.settings)
            try Importer(store: store).run(Fixtures.sources())
        }
        let services = try APIServices(store: try Store.open(path: path, concurrentReads: true), clock: .fixed(A.at(9, 30)))
        let token = try services.tokens.issue(for: .technician("T01"), now: A.at(9, 30))
        try await PunctualServer.application(services: services).test(.router) { client in
            try await client.execute(uri: "/v1/me/route", method: .get, headers: A.headers(token)) { #expect($0.status == .ok) }
            #expect(try AccessTokens(store: Store.open(path: path)).revoke(technician: "T01") == 1)
            try await client.execute(uri: "/v1/me/route", method: .get, headers: A.headers(token)) { #expect($0.status == .unauthorized) }
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
