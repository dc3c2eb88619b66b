import Foundation
import PunctualTestSupport
import Testing
@testable import Punctual
@testable import PunctualCore

/// A routing service's matrix is fetched once per service and ordered point list.
@Suite struct CachedTravelTimesTests {
    let points = OSRMTravelTimesTests.places(7)

    @Test func theSamePointsAreServedFromTheStoreWithoutASecondRequest() async throws {
        let store = try Store.inMemory()
        let fake = FakeOSRM()
        let points = self.points
        try await fake.run { url in
            let cached = CachedTravelTimes(store: store, service: OSRMTravelTimes(baseURL: url))
            let first = try await blocking { try cached.matrix(for: points) }
            let second = try await blocking { try cached.matrix(for: points) }
            #expect(first == OSRMTravelTimesTests.expected(points))
            #expect(second == first)
            #expect(fake.requests.count == 1)
            // Another order is another matrix, fetched anew.
            let reversed = Array(points.reversed())
            #expect(try await blocking { try cached.matrix(for: reversed) } == OSRMTravelTimesTests.expected(reversed))
            #expect(fake.requests.count == 2)
            #expect(try store.travelCacheCount() == 2)
        }
    }

    @Test func aCachedMatrixOutlivesTheServiceAndOnlyServesItsOwnURL() async throws {
        let store = try Store.inMemory()
        let points = self.points
        let url = try await FakeOSRM().run { url in
            _ = try await blocking { try CachedTravelTimes(store: store, service: OSRMTravelTimes(baseURL: url)).matrix(for: points) }
            return url
        }
        // The fake is gone: a re-plan over the same points is still answered, from the store.
        let again = try CachedTravelTimes(store: store, service: OSRMTravelTimes(baseURL: url)).matrix(for: points)
        #expect(again == OSRMTravelTimesTests.expected(points))
        let elsewhere = OSRMTravelTimes(baseURL: URL(string: "http://localhost:1")!, timeout: .seconds(1))
        let error = await blockingError { try CachedTravelTimes(store: store, service: elsewhere).matrix(for: points) }
        #expect(error is OSRMError)
    }

    @Test func failuresAreNotCached() async throws {
        let store = try Store.inMemory()
        let fake = FakeOSRM(.status(503, "Service Unavailable"))
        let points = self.points
        try await fake.run { url async throws in
            let cached = CachedTravelTimes(store: store, service: OSRMTravelTimes(baseURL: url))
            let error = await blockingError { try cached.matrix(for: points) }
            #expect(error as? OSRMError == .httpStatus(503, body: "Service Unavailable"))
            #expect(try store.travelCacheCount() == 0)
            fake.behaviour = .answer
            #expect(try await blocking { try cached.matrix(for: points) } == OSRMTravelTimesTests.expected(points))
            #expect(fake.requests.count == 2)
        }
    }

    @Test func theResolverReportsACachedAnswerAsTheService() async throws {
        let store = try Store.inMemory()
        let points = self.points
        try await FakeOSRM().run { url in
            let resolver = TravelTimeResolver(service: CachedTravelTimes(store: store, service: OSRMTravelTimes(baseURL: url)))
            _ = try await blocking { resolver.matrix(for: points) }
            let result = try await blocking { resolver.matrix(for: points) }
            #expect(result.source == .service(name: "osrm", url: url))
            #expect(result.warning == nil)
        }
    }
}
