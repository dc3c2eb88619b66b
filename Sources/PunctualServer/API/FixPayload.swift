import Foundation
import Hummingbird
import Punctual
import PunctualCore

/// One GPS fix as posted: `{at, lat, lon, accuracy_m?, speed_mps?, heading?}`.
struct FixPayload: Codable {
    var at: String
    var lat: Double
    var lon: Double
    var accuracy_m: Double?
    var speed_mps: Double?
    var heading: Double?

    func fix(field prefix: String) throws -> PositionFix {
        PositionFix(at: try APITime.parse(at, field: prefix + "at"), location: GeoPoint(latitude: lat, longitude: lon),
                    accuracyMetres: accuracy_m, speedMetresPerSecond: speed_mps, heading: heading)
    }
}

/// The body of `POST /v1/me/positions`: one fix, an array of fixes, or `{"fixes": [...]}`.
struct PositionsPayload: Decodable {
    var fixes: [FixPayload]
    var isBatch: Bool

    private enum Keys: String, CodingKey { case fixes }

    init(fixes: [FixPayload], isBatch: Bool) {
        self.fixes = fixes
        self.isBatch = isBatch
    }

    /// The payload in `body`: read directly when it has one of the common shapes
    /// (`FixPayloadReader`), otherwise decoded with `JSONDecoder`, whose errors become 400 answers.
    init(body: ByteBuffer) throws {
        if let payload = body.withUnsafeReadableBytes({ FixPayloadReader.read($0) }) {
            self = payload
        } else {
            self = try JSONDecoder().decode(PositionsPayload.self, from: Data(buffer: body))
        }
    }

    init(from decoder: any Decoder) throws {
        if var list = try? decoder.unkeyedContainer() {
            var fixes: [FixPayload] = []
            while !list.isAtEnd { fixes.append(try list.decode(FixPayload.self)) }
            self.fixes = fixes
            isBatch = true
        } else if let object = try? decoder.container(keyedBy: Keys.self), object.contains(.fixes) {
            fixes = try object.decode([FixPayload].self, forKey: .fixes)
            isBatch = true
        } else {
            fixes = [try FixPayload(from: decoder)]
            isBatch = false
        }
    }

    func positionFixes() throws -> [PositionFix] {
        try fixes.enumerated().map { index, fix in try fix.fix(field: isBatch ? "[\(index)]." : "") }
    }
}

/// The answer to a position post: how many fixes were accepted (and are stored).
struct PositionsResponse: Codable {
    var accepted: Int

    /// The JSON response, `{"accepted":N}`, written without an encoder: it is sent thousands of
    /// times a second and is what `JSONEncoder` would write.
    func response() -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: #"{"accepted":\#(accepted)}"#)))
    }
}
