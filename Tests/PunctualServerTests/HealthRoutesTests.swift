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
