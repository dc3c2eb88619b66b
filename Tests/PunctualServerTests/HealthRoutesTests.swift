import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualServer

@Suite struct HealthRoutesTests {
    @Test func healthzNamesTheBusinessOnceTheDatabaseIsInitialised() async throws {
        let fixture = try APIFixtures()
        try await fixture.app.test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                let health = try JSONDecoder().decode(HealthRoutes.Health.self, from: Data(buffer: response.body))
                #expect(health == .init(status: "ok", business: "Test Home Services"))
            }
            try await client.execute(uri: "/nowhere", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(APIFixtures.error(response)?.error == "not_found")
            }
        }
    }
}

/// A method the API never uses is 405 with the methods it does, as JSON, not a 404 for the path.
@Suite struct MethodTests {
    @Test(arguments: [HTTPRequest.Method.trace, .connect, HTTPRequest.Method("PROPFIND")!])
    func aMethodTheAPINeverUsesIs405WithTheOnesItDoes(method: HTTPRequest.Method) async throws {
        let fixture = try APIFixtures()
        try await fixture.app.test(.router) { client in
            for path in ["/healthz", "/v1/board", "/nowhere"] {
                try await client.execute(uri: path, method: method) { response in
                    #expect(response.status == .methodNotAllowed, "\(method) \(path)")
                    #expect(response.headers[.allow] == "GET, HEAD, POST, PATCH")
                    #expect(APIFixtures.error(response)?.error == "method_not_allowed")
                }
            }
        }
    }
}
