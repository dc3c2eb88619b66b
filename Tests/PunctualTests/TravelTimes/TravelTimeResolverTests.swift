import Foundation
import PunctualTestSupport
import Testing
@testable import Punctual
@testable import PunctualCore

/// The routing service when it answers, the great-circle estimate when it does not — never silently.
@Suite struct TravelTimeResolverTests {
    let points = OSRMTravelTimesTests.places(5)

    @Test func withoutAServiceTheEstimateIsUsedWithoutAWarning() {
        let result = TravelTimeResolver(service: nil).matrix(for: points)
        #expect(result.matrix == GreatCircleTravelTimes().matrix(for: points))
        #expect(result.source == .estimate(name: "great-circle"))
        #expect(result.warning == nil)
    }

    @Test func aServiceThatAnswersIsUsed() async throws {
        let points = self.points
        try await FakeOSRM().run { url in
            let result = try await blocking { TravelTimeResolver(service: OSRMTravelTimes(baseURL: url)).matrix(for: points) }
            #expect(result.matrix == OSRMTravelTimesTests.expected(points))
            #expect(result.source == .service(name: "osrm", url: url))
            #expect(result.source.description == "osrm \(url.absoluteString)")
            #expect(result.warning == nil)
        }
    }

    @Test func aServiceThatIsDownFallsBackToTheEstimateWithAWarning() async throws {
        let points = self.points
        let url = try await FakeOSRM().run { $0 }
        let fallback = GreatCircleTravelTimes(circuity: 1.4, speedKilometresPerHour: 35)
        let result = try await blocking {
            TravelTimeResolver(service: OSRMTravelTimes(baseURL: url, timeout: .seconds(2)), fallback: fallback).matrix(for: points)
        }
        #expect(result.matrix == fallback.matrix(for: points))
        #expect(result.source == .estimate(name: "great-circle"))
        let warning = try #require(result.warning)
        #expect(warning.hasPrefix("routing service osrm at \(url.absoluteString) failed: could not connect to "))
        #expect(warning.hasSuffix("; using great-circle estimates"))
    }

    @Test func aServiceThatAnswersBadlyFallsBackAndSaysHow() async throws {
        let points = self.points
        try await FakeOSRM(.noRouteTo(points[3])).run { url in
            let result = try await blocking { TravelTimeResolver(service: OSRMTravelTimes(baseURL: url)).matrix(for: points) }
            #expect(result.matrix == GreatCircleTravelTimes().matrix(for: points))
            #expect(result.warning?.contains("failed: the service has no route from point 0 to point 3") == true)
        }
    }
}
