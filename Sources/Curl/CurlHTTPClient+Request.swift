import Foundation

extension CurlHTTPClient {
    /// Everything needed to make one HTTP request.
    public struct Request: Sendable {
        public var method: Method
        public var url: URL
        /// Extra header fields, in order; curl adds `Host`, `Content-Length` and the like itself.
        public var headers: [Header]
        /// The body to send, if any (with any method but GET and HEAD).
        public var body: Data?
        /// Sent as HTTP basic authentication when set.
        public var basicAuth: CurlCredentials?
        public var timeouts: CurlTimeouts

        public init(method: Method = .get, url: URL, headers: [Header] = [], body: Data? = nil,
                    basicAuth: CurlCredentials? = nil, timeouts: CurlTimeouts = CurlTimeouts()) {
            precondition(body == nil || (method != .get && method != .head), "GET and HEAD requests carry no body")
            self.method = method
            self.url = url
            self.headers = headers
            self.body = body
            self.basicAuth = basicAuth
            self.timeouts = timeouts
        }
    }
}
