extension CurlHTTPClient {
    /// The request verb.
    public enum Method: String, Sendable, Equatable {
        case get = "GET"
        case head = "HEAD"
        case post = "POST"
        case put = "PUT"
        case patch = "PATCH"
        case delete = "DELETE"
    }
}
