import Curl
import Foundation
import PunctualTestSupport
import Testing
@testable import Punctual
@testable import PunctualCore

/// The OSRM provider against a fake osrm-routed on loopback.
@Suite struct OSRMTravelTimesTests {
    /// Places around Missoula, on a lattice so no two coincide.
    static func places(_ count: Int) -> [GeoPoint] {
        (0..<count).map { GeoPoint(latitude: 46.80 + Double($0 % 5) * 0.021, longitude: -114.10 + Double($0 / 5) * 0.034) }
    }

    /// The matrix the fake's formula gives, rounded as the provider must round it.
    static func expected(_ points: [GeoPoint]) -> TravelMatrix {
        let n = points.count
        let pairs = (0..<n).flatMap { i in (0..<n).map { j in (points[i], points[j]) } }
        return TravelMatrix(count: n, durations: pairs.map { Int(FakeOSRM.seconds($0.0, $0.1).rounded()) },
                            distances: pairs.map { Int(FakeOSRM.metres($0.0, $0.1).rounded()) })
    }

    @Test func durationsAndDistancesArriveRoundedToWholeSecondsAndMetres() async throws {
        let fake = FakeOSRM()
        let points = Self.places(6)
        try await fake.run { url in
            let matrix = try await blocking { try OSRMTravelTimes(baseURL: url).matrix(for: points) }
            #expect(matrix == Self.expected(points))
            // The fake's trips are asymmetric, so a transposed matrix would not pass.
            #expect(matrix.distance(from: 0, to: 1) != matrix.distance(from: 1, to: 0))
        }
        #expect(fake.requests.count == 1)
        let request = try #require(fake.requests.first)
        #expect(request.hasPrefix("/table/v1/driving/-114.100000,46.800000;-114.100000,46.821000;"))
        #expect(request.hasSuffix("?annotations=duration,distance"))
    }

    @Test func aBaseURLWithAPathPrefixKeepsIt() {
        let provider = OSRMTravelTimes(baseURL: URL(string: "https://maps.example.com/osrm/")!)
        let url = provider.url(for: OSRMTableBlock(rows: 0..<2, columns: 0..<2), points: Self.places(2))
        #expect(url.absoluteString == "https://maps.example.com/osrm/table/v1/driving/-114.100000,46.800000;-114.100000,46.821000?annotations=duration,distance")
    }

    @Test func largePointSetsAreFetchedInBlocksThatGiveTheSameMatrix() async throws {
        // The fake refuses more than 4 × 4 per request, as osrm-routed does beyond its table size.
        let limited = FakeOSRM(maxTableSize: 4)
        let points = Self.places(11)
        try await limited.run { url in
            let chunked = try await blocking { try OSRMTravelTimes(baseURL: url, blockSize: 4).matrix(for: points) }
            #expect(chunked == Self.expected(points))
            let whole = await blockingError { try OSRMTravelTimes(baseURL: url).matrix(for: points) }
            #expect(whole as? OSRMError == .refused(code: "TooBig", message: "Too many table coordinates", status: 400))
        }
        // 11 points in blocks of 4: 3 × 3 blocks, then the one refused whole-matrix request.
        #expect(limited.requests.count == 10)
        #expect(limited.requests[1].contains("&sources=0;1;2;3&destinations=4;5;6;7"))
        let unlimited = FakeOSRM()
        try await unlimited.run { url in
            let whole = try await blocking { try OSRMTravelTimes(baseURL: url).matrix(for: points) }
            #expect(whole == Self.expected(points))
        }
        #expect(unlimited.requests.count == 1)
    }

    @Test func blocksTileTheMatrixExactlyOnce() {
        for count in [1, 2, 5, 99, 100, 101, 250] {
            for size in [1, 3, 100] where count / size < 40 {
                var covered = [Int](repeating: 0, count: count * count)
                for block in OSRMTableBlock.tiling(count: count, size: size) {
                    #expect(block.rows.count <= size && block.columns.count <= size)
                    for i in block.rows { for j in block.columns { covered[i * count + j] += 1 } }
                }
                #expect(covered.allSatisfy { $0 == 1 }, "count \(count), size \(size)")
            }
        }
    }

    @Test func noPointsOrOnePointNeedNoRequest() throws {
        let provider = OSRMTravelTimes(baseURL: URL(string: "http://127.0.0.1:9")!)
        #expect(try provider.matrix(for: []) == TravelMatrix(count: 0, durations: [], distances: []))
        #expect(try provider.matrix(for: Self.places(1)) == TravelMatrix(count: 1, durations: [0], distances: [0]))
    }

    @Test(arguments: [
        (FakeOSRM.Behaviour.status(502, "Bad Gateway"), OSRMError.httpStatus(502, body: "Bad Gateway")),
        (.refuse(code: "InvalidQuery", message: "Query string malformed close to position 28"),
         .refused(code: "InvalidQuery", message: "Query string malformed close to position 28", status: 400)),
        (.body(#"{"code":"NoTable","message":"No table found"}"#), .refused(code: "NoTable", message: "No table found", status: 200)),
        (.noRouteTo(OSRMTravelTimesTests.places(3)[2]), .noRoute(from: 0, to: 2, annotation: "durations")),
        (.dropLastRow, .wrongSize(annotation: "durations", expected: "3×3", received: "2 rows of 3")),
    ])
    func eachFailureIsNamed(behaviour: FakeOSRM.Behaviour, expected: OSRMError) async throws {
        let fake = FakeOSRM(behaviour)
        try await fake.run { url in
            let error = await blockingError { try OSRMTravelTimes(baseURL: url).matrix(for: Self.places(3)) }
            #expect(error as? OSRMError == expected)
        }
    }

    @Test func aBodyThatIsNotJSONIsMalformed() async throws {
        let fake = FakeOSRM(.body("<html>Welcome to nginx!</html>"))
        try await fake.run { url in
            let error = await blockingError { try OSRMTravelTimes(baseURL: url).matrix(for: Self.places(3)) }
            guard case .malformedResponse(let detail) = error as? OSRMError else {
                Issue.record("expected a malformed response, got \(String(describing: error))")
                return
            }
            #expect(detail.hasPrefix("not JSON"))
            #expect(detail.hasSuffix("the body begins <html>Welcome to nginx!</html>"))
        }
    }

    @Test func anAnswerWithoutDistancesIsMalformed() async throws {
        let fake = FakeOSRM(.body(#"{"code":"Ok","durations":[[0,1],[1,0]]}"#))
        try await fake.run { url in
            let error = await blockingError { try OSRMTravelTimes(baseURL: url).matrix(for: Self.places(2)) }
            #expect(error as? OSRMError == .malformedResponse("it has no distances (the request asked for annotations=duration,distance)"))
        }
    }

    @Test func aSlowServiceTimesOut() async throws {
        let fake = FakeOSRM(.slow(.milliseconds(800)))
        try await fake.run { url in
            let provider = OSRMTravelTimes(baseURL: url, timeout: .milliseconds(150))
            let error = await blockingError { try provider.matrix(for: Self.places(3)) }
            guard case .transport(let curl) = error as? OSRMError else {
                Issue.record("expected a transport error, got \(String(describing: error))")
                return
            }
            #expect(curl.kind == .timedOut)
        }
    }

    @Test func aServiceThatIsDownCannotBeConnectedTo() async throws {
        let url = try await FakeOSRM().run { $0 }  // the port is free again once the fake stops
        let error = await blockingError { try OSRMTravelTimes(baseURL: url).matrix(for: Self.places(3)) }
        guard case .transport(let curl) = error as? OSRMError else {
            Issue.record("expected a transport error, got \(String(describing: error))")
            return
        }
        #expect(curl.kind == .couldNotConnect)
        #expect("\(error!)".hasPrefix("could not connect to \(url.absoluteString)/table/v1/driving/"))
    }
}
