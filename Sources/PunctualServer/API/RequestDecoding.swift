import Foundation
import Hummingbird
import Punctual
import PunctualCore

extension Request {
    /// The JSON body as `T`; too large a body is 413, malformed JSON or a missing field 400.
    mutating func decodeJSON<T: Decodable>(_ type: T.Type, context: APIRequestContext) async throws -> T {
        // No body at all is refused the same way as malformed JSON.
        try await decodeJSONIfAny(type, context: context) ?? JSONDecoder().decode(T.self, from: Data())
    }

    /// The JSON body as `T`, or nil when there is no body: for operations whose body is optional.
    mutating func decodeJSONIfAny<T: Decodable>(_ type: T.Type, context: APIRequestContext) async throws -> T? {
        let buffer = try await collectBody(upTo: context.maxUploadSize)
        guard buffer.readableBytes > 0 else { return nil }
        return try JSONDecoder().decode(T.self, from: Data(buffer: buffer))
    }

    /// The body of a position post; too large a body is 413, malformed JSON or a bad field 400.
    mutating func decodePositions(context: APIRequestContext) async throws -> PositionsPayload {
        try PositionsPayload(body: try await collectBody(upTo: context.maxUploadSize))
    }

    /// The `date` query parameter, or the business's today.
    func planDate(default today: LocalDate) throws -> LocalDate {
        guard let text = uri.queryParameters.get("date") else { return today }
        return try APITime.day(text)
    }
}
