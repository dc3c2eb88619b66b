import Foundation

extension CurlHTTPClient {
    /// A complete response: its status, header fields in the order received, and body.
    public struct Response: Sendable {
        public var status: Int
        public var headers: [Header]
        public var body: Data

        public init(status: Int, headers: [Header], body: Data) {
            self.status = status
            self.headers = headers
            self.body = body
        }

        /// True for 2xx statuses.
        public var isSuccess: Bool { (200..<300).contains(status) }

        /// The first value of the header `name`, compared case-insensitively.
        public func header(_ name: String) -> String? {
            headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
        }
    }
}
