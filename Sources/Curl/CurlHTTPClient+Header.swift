extension CurlHTTPClient {
    /// One header field, as sent or received; names compare case-insensitively where looked up.
    public struct Header: Sendable, Equatable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }

        /// Parses a received `Name: value` line; nil for anything else.
        init?(line: String) {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            name = String(line[..<colon]).trimmingCharacters(in: .whitespaces)
            value = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { return nil }
        }
    }
}
