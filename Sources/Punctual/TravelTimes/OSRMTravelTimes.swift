import Curl
import Foundation
import PunctualCore

/// Travel times from an OSRM-compatible routing service's `/table` endpoint: real road durations and
/// distances instead of the great-circle estimate.
///
/// Large point sets are asked for in blocks (see `OSRMTableBlock`) so that no request exceeds the
/// server's table limit or a sane URL length. Values are rounded to whole seconds and metres. Any
/// failure — transport, HTTP status, an OSRM error code, an unreachable pair, a malformed or
/// mis-sized answer — is thrown as an `OSRMError`; nothing is guessed.
public struct OSRMTravelTimes: RoutingService {
    public let name = "osrm"
    public let baseURL: URL
    /// The OSRM profile in the path (`/table/v1/{profile}/…`).
    public let profile: String
    /// Limits for each request (one per block).
    public let timeouts: CurlTimeouts
    /// The longest side of a block; 100 matches osrm-routed's default `--max-table-size`.
    public let blockSize: Int
    let client: CurlHTTPClient

    public init(baseURL: URL, timeout: Duration = .seconds(30), profile: String = "driving", blockSize: Int = 100,
                client: CurlHTTPClient = CurlHTTPClient()) {
        precondition(blockSize > 0, "a block size must be positive")
        self.baseURL = baseURL
        self.profile = profile
        self.timeouts = CurlTimeouts(total: timeout)
        self.blockSize = blockSize
        self.client = client
    }

    public func matrix(for points: [GeoPoint]) throws(OSRMError) -> TravelMatrix {
        let n = points.count
        // Nothing to ask: a single place is zero from itself.
        guard n > 1 else { return TravelMatrix(count: n, durations: Array(repeating: 0, count: n), distances: Array(repeating: 0, count: n)) }
        var durations = [Int](repeating: 0, count: n * n)
        var distances = [Int](repeating: 0, count: n * n)
        for block in OSRMTableBlock.tiling(count: n, size: blockSize) {
            let table = try fetch(block, points: points)
            try fill(&durations, from: table.durations, annotation: "durations", block: block, count: n)
            try fill(&distances, from: table.distances, annotation: "distances", block: block, count: n)
        }
        return TravelMatrix(count: n, durations: durations, distances: distances)
    }

    /// The URL of one block's request.
    func url(for block: OSRMTableBlock, points: [GeoPoint]) -> URL {
        var base = baseURL.absoluteString
        while base.hasSuffix("/") { base.removeLast() }
        let coordinates = block.coordinateIndices
            .map { String(format: "%.6f,%.6f", points[$0].longitude, points[$0].latitude) }
            .joined(separator: ";")
        let options = [("annotations", "duration,distance")] + block.queryItems
        let query = options.map { "\($0.0)=\($0.1)" }.joined(separator: "&")
        return URL(string: "\(base)/table/v1/\(profile)/\(coordinates)?\(query)")!
    }

    private func fetch(_ block: OSRMTableBlock, points: [GeoPoint]) throws(OSRMError) -> OSRMTableResponse {
        let request = CurlHTTPClient.Request(url: url(for: block, points: points),
                                             headers: [.init(name: "Accept", value: "application/json")],
                                             timeouts: timeouts)
        let response: CurlHTTPClient.Response
        do {
            response = try client.perform(request)
        } catch {
            throw .transport(error)
        }
        let decoded = Result { try JSONDecoder().decode(OSRMTableResponse.self, from: response.body) }
        guard response.isSuccess else {
            // OSRM reports bad queries as HTTP 400 with its own code and message: prefer those.
            if case .success(let table) = decoded, table.code != "Ok" {
                throw .refused(code: table.code, message: table.message ?? "", status: response.status)
            }
            throw .httpStatus(response.status, body: Self.snippet(of: response.body))
        }
        let table: OSRMTableResponse
        switch decoded {
        case .success(let value): table = value
        case .failure(let error):
            throw .malformedResponse("\(Self.explain(error)); the body begins \(Self.snippet(of: response.body))")
        }
        guard table.code == "Ok" else {
            throw .refused(code: table.code, message: table.message ?? "", status: response.status)
        }
        return table
    }

    /// Copies one annotation's block into the full row-major matrix, checking shape and values.
    private func fill(_ matrix: inout [Int], from rows: [[Double?]]?, annotation: String,
                      block: OSRMTableBlock, count n: Int) throws(OSRMError) {
        guard let rows else {
            throw .malformedResponse("it has no \(annotation) (the request asked for annotations=duration,distance)")
        }
        let expected = "\(block.rows.count)×\(block.columns.count)"
        guard rows.count == block.rows.count, rows.allSatisfy({ $0.count == block.columns.count }) else {
            let received = rows.isEmpty ? "0 rows" : "\(rows.count) rows of \(Set(rows.map(\.count)).sorted().map(String.init).joined(separator: "/"))"
            throw .wrongSize(annotation: annotation, expected: expected, received: received)
        }
        for (r, row) in rows.enumerated() {
            let from = block.rows.lowerBound + r
            for (c, value) in row.enumerated() {
                let to = block.columns.lowerBound + c
                guard let value else { throw .noRoute(from: from, to: to, annotation: annotation) }
                guard value.isFinite, value >= 0, value < Double(Int32.max) else {
                    throw .malformedResponse("\(annotation) from point \(from) to point \(to) is \(value)")
                }
                matrix[from * n + to] = Int(value.rounded())
            }
        }
    }

    private static func snippet(of body: Data) -> String {
        let text = String(decoding: body.prefix(200), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return body.count > 200 ? text + "…" : text
    }

    private static func explain(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context): "not JSON (\(context.debugDescription))"
        case DecodingError.keyNotFound(let key, _): "no \"\(key.stringValue)\" field"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "unexpected value at \(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)"
        default: "\(error)"
        }
    }
}
