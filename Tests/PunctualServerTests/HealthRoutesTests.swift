import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Punctual
@testable import PunctualServer

@Suite struct HealthRoutesTests {
    @Test func healthzNamesTheBusinessOnceTheDatabaseIsInitialised() async throws {
        let store = try Store.inMemory()
        try store.saveSettings(BusinessSettings(name: "Test Co", timeZoneIdentifier: "America/Denver",
                                                depot: GeoPoint(latitude: 46.87, longitude: -114.02)))
        let app = PunctualServer.application(store: store)
        try await app.test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                let health = try JSONDecoder().decode(HealthRoutes.Health.self, from: Data(buffer: response.body))
                #expect(health == .init(status: "ok", business: "Test Co"))
            }
            try await client.execute(uri: "/nowhere", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }
}
