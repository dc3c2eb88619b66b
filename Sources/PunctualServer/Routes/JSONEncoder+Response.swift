import Foundation
import Hummingbird

extension JSONEncoder {
    /// A JSON response with the given status; handlers use it where the status is not 200.
    func encodeAsResponse(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: try encode(value))))
    }
}
