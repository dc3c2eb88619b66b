import Foundation

/// ISO 8601 instants as the API speaks them: with an offset (`Z` or `-07:00`), fractional seconds
/// optional.
enum APITime {
    static func parse(_ text: String) -> Date? {
        if let date = FastISO8601.parse(text) { return date }
        if let date = try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true)) { return date }
        return try? Date(text, strategy: Date.ISO8601FormatStyle())
    }

    /// Parses `text` as the value of `field`, or answers 400 naming the field.
    static func parse(_ text: String, field: String) throws -> Date {
        guard let date = parse(text) else {
            throw APIError(.badRequest, "invalid_input", field: field,
                           detail: "'\(text)' is not an ISO 8601 instant with an offset, e.g. 2026-11-24T09:30:00-07:00")
        }
        return date
    }
}
