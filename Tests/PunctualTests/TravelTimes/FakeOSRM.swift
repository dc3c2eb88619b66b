import Foundation
import Hummingbird
import HummingbirdTesting
import PunctualTestSupport
@testable import Punctual
@testable import PunctualCore

/// A stand-in for osrm-routed on loopback: it answers `/table/v1/driving/{lon,lat;…}` from the
/// coordinates in the path, honouring `sources`, `destinations` and a table-size limit as OSRM does,
/// counts the requests it gets, and can be told to misbehave.
final class FakeOSRM: @unchecked Sendable {
    enum Behaviour: Sendable {
        /// Answer correctly.
        case answer
        /// Answer with this HTTP status and plain-text body.
        case status(Int, String)
        /// Answer HTTP 400 with an OSRM error code and message.
        case refuse(code: String, message: String)
        /// Answer, but with `null` for every trip to or from this place.
        case noRouteTo(GeoPoint)
        /// Answer with this body and HTTP 200.
        case body(String)
        /// Answer with the last row of each matrix missing.
        case dropLastRow
        /// Wait this long before answering.
        case slow(Duration)
    }

    private let lock = NSLock()
    private var _behaviour: Behaviour
    private var _requests: [String] = []
    /// The largest sources × destinations table served, as OSRM's `--max-table-size` (its square).
    let maxTableSize: Int

    init(_ behaviour: Behaviour = .answer, maxTableSize: Int = 100) {
        _behaviour = behaviour
        self.maxTableSize = maxTableSize
    }

    var behaviour: Behaviour {
        get { lock.withLock { _behaviour } }
        set { lock.withLock { _behaviour = newValue } }
    }

    /// The path and query of every request received, in order.
    var requests: [String] { lock.withLock { _requests } }

    /// The road distance the fake reports, in metres: a stretched great circle plus a one-way
    /// detour (northbound trips are longer), with fractions so rounding shows.
    static func metres(_ a: GeoPoint, _ b: GeoPoint) -> Double {
        guard a != b else { return 0 }
        return GreatCircleTravelTimes.greatCircleMetres(a, b) * 1.37 + (b.latitude > a.latitude ? 140.45 : 60.55)
    }

    /// The driving time the fake reports, in seconds: 11.3 m/s.
    static func seconds(_ a: GeoPoint, _ b: GeoPoint) -> Double { metres(a, b) / 11.3 }

    /// Runs the fake on a free loopback port for the length of `body`, which gets its base URL.
    func run<T: Sendable>(_ body: @escaping @Sendable (URL) async throws -> T) async throws -> T {
        let router = Router()
        router.get("/table/v1/driving/:coordinates") { request, context in
            try await self.answer(request, coordinates: context.parameters.get("coordinates") ?? "")
        }
        return try await onLoopbackThreads {
            try await Application(router: router).test(.live) { client in
                try await body(URL(string: "http://localhost:\(client.port!)")!)
            }
        }
    }

    private func answer(_ request: Request, coordinates: String) async throws -> Response {
        lock.withLock { _requests.append(request.uri.description) }
        let behaviour = self.behaviour
        switch behaviour {
        case .status(let status, let text):
            return Self.response(status: status, text)
        case .refuse(let code, let message):
            return Self.json(status: 400, ["code": code, "message": message])
        case .body(let text):
            return Self.response(status: 200, text)
        case .slow(let delay):
            try await Task.sleep(for: delay)
        case .answer, .noRouteTo, .dropLastRow:
            break
        }
        let points = coordinates.split(separator: ";").map { pair in
            let parts = pair.split(separator: ",").map { Double($0)! }
            return GeoPoint(latitude: parts[1], longitude: parts[0])
        }
        let query = request.uri.queryParameters
        let sources = query.get("sources").map { $0.split(separator: ";").map { Int($0)! } } ?? Array(points.indices)
        let destinations = query.get("destinations").map { $0.split(separator: ";").map { Int($0)! } } ?? Array(points.indices)
        guard query.get("annotations") == "duration,distance" else {
            return Self.json(status: 400, ["code": "InvalidOptions", "message": "annotations must be duration,distance here"])
        }
        guard sources.count * destinations.count <= maxTableSize * maxTableSize else {
            return Self.json(status: 400, ["code": "TooBig", "message": "Too many table coordinates"])
        }
        func table(_ measure: (GeoPoint, GeoPoint) -> Double) -> [[Any]] {
            var rows: [[Any]] = sources.map { s in
                destinations.map { d -> Any in
                    if case .noRouteTo(let island) = behaviour, points[s] == island || points[d] == island, points[s] != points[d] {
                        return NSNull()
                    }
                    return measure(points[s], points[d])
                }
            }
            if case .dropLastRow = behaviour { rows.removeLast() }
            return rows
        }
        return Self.json(status: 200, ["code": "Ok", "durations": table(Self.seconds), "distances": table(Self.metres)])
    }

    private static func json(status: Int, _ object: [String: Any]) -> Response {
        let data = try! JSONSerialization.data(withJSONObject: object)
        return Response(status: .init(code: status), headers: [.contentType: "application/json; charset=UTF-8"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    private static func response(status: Int, _ text: String) -> Response {
        Response(status: .init(code: status), headers: [.contentType: "text/plain"],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
