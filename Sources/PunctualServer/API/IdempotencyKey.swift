import HTTPTypes
import Hummingbird

/// The `Idempotency-Key` header of a visit report: the phone's name for one report, so a retry
/// after a lost answer records nothing twice. The key is stored with the event, and two reports
/// with the same key are one report; so an empty key is refused (it would be one key shared by every
/// client that sends the header bare: another visit reported with it is refused as a reused key,
/// the same visit taken for a replay), and so is a key longer than `maximumLength`, which no client
/// needs and every stored event would carry.
enum IdempotencyKey {
    static let header = HTTPField.Name("Idempotency-Key")!
    /// The longest key accepted, in characters (Unicode code points, as the OpenAPI `maxLength`
    /// counts them); a UUID is 36.
    static let maximumLength = 200

    /// The key `headers` carry, nil without one; 400 naming the header for an empty, blank or
    /// over-long key.
    static func read(from headers: HTTPFields) throws -> String? {
        guard let key = headers[header] else { return nil }
        guard key.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw APIError(.badRequest, "invalid_input", field: "Idempotency-Key",
                           detail: "the Idempotency-Key header is empty; send a fresh key per report (a UUID) or leave the header out")
        }
        guard key.unicodeScalars.count <= maximumLength else {
            throw APIError(.badRequest, "invalid_input", field: "Idempotency-Key",
                           detail: "the Idempotency-Key is \(key.unicodeScalars.count) characters long; the most is \(maximumLength) (a UUID is 36)")
        }
        return key
    }
}
