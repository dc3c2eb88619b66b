import Foundation
import Hummingbird
import Punctual
import PunctualCore

extension Request {
    /// The JSON body as `T`; too large a body is 413, malformed JSON or a missing field 400.
    mutating func decodeJSON<T: Decodable>(_ type: T.Type, context: APIRequestContext) async throws -> T {
        let buffer = try await collectBody(upTo: context.maxUploadSize)
        return try JSONDecoder().decode(T.self, from: Data(buffer: buffer))
    }

    /// The body of a position post; too large a body is 413, malformed JSON or a bad field 400.
    mutating func decodePositions(context: APIRequestContext) async throws -> PositionsPayload {
        try PositionsPayload(body: try await collectBody(upTo: context.maxUploadSize))
    }

    /// The `date` query parameter, or the business's today.
    func planDate(default today: LocalDate) throws -> LocalDate {
        guard let text = uri.queryParameters.get("date") else { return today }
        guard let date = LocalDate(parsing: text) else {
            throw APIError(.badRequest, "invalid_input", field: "date", detail: "'\(text)' is not a date; use YYYY-MM-DD")
        }
        return date
    }
}
