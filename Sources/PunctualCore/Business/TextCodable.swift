/// A value written as text the way a spreadsheet writes it (`2026-11-24`, `09:00`), and encoded
/// to JSON the same way, so the CLI, the API and the CSV files all speak one notation.
public protocol TextCodable: Codable, CustomStringConvertible {
    /// nil when `text` is not in the value's notation.
    init?(parsing text: String)
}

extension TextCodable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Self(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not a valid \(Self.self)")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
