import CCurl
import Foundation

/// A small, synchronous HTTP(S) client over libcurl: one call, one request, one complete response.
///
/// It blocks the calling thread for the length of the transfer (bounded by the request's timeouts),
/// which suits the command line and background work; async callers should run it on a thread of its
/// own (on Linux, Dispatch's global queues share threads with the cooperative pool, so they are not
/// enough). It is a value with no shared state, so any number of threads may use it at once.
public struct CurlHTTPClient: Sendable {
    /// Sent as `User-Agent` unless the request sets its own.
    public var userAgent: String

    public init(userAgent: String = "Punctual") {
        self.userAgent = userAgent
    }

    /// Performs `request` and returns the response, whatever its status.
    ///
    /// Throws `CurlError` only when no complete response arrived: a bad URL, no connection, a
    /// timeout, a TLS failure, a broken connection.
    public func perform(_ request: Request) throws(CurlError) -> Response {
        let easy = try CurlEasy(url: request.url.absoluteString)
        try easy.set(CURLOPT_USERAGENT, userAgent)
        try easy.setTimeouts(request.timeouts)
        var body = request.body
        switch request.method {
        case .get: try easy.set(CURLOPT_HTTPGET, 1)
        case .head: try easy.set(CURLOPT_NOBODY, 1)
        case .post, .put, .patch: body = body ?? Data()
        case .delete: break
        }
        if let body {
            // The body goes through the read callback with its length known; for verbs other than
            // POST, curl keeps the body and changes only the verb.
            try easy.set(CURLOPT_POST, 1)
            try easy.set(CURLOPT_POSTFIELDSIZE_LARGE, offset: body.count)
        }
        if ![.get, .head, .post].contains(request.method) {
            try easy.set(CURLOPT_CUSTOMREQUEST, request.method.rawValue)
        }
        if let credentials = request.basicAuth {
            try easy.set(CURLOPT_HTTPAUTH, ccurl_auth_basic())
            try easy.setCredentials(credentials)
        }
        // An empty `Expect:` stops curl from waiting for `100 Continue` before larger bodies.
        try easy.set(CURLOPT_HTTPHEADER, list: request.headers.map { "\($0.name): \($0.value)" } + ["Expect:"])
        let buffers = try easy.perform(upload: body ?? Data())
        return Response(status: easy.responseCode(), headers: buffers.headerLines.dropFirst().compactMap(Header.init(line:)),
                        body: buffers.received)
    }
}

extension CurlHTTPClient {
    /// `perform(_:)` on a thread of its own, awaited: a transfer blocks its thread, and one that
    /// blocked a cooperative thread could starve an in-process server it is waiting for (the
    /// simulator over HTTP), on a machine whose two cores give the pool two threads.
    public func perform(_ request: Request) async throws -> Response {
        try await withCheckedThrowingContinuation { continuation in
            // Not Dispatch: its global queues share threads with the cooperative pool on Linux.
            Thread { continuation.resume(with: Result { try self.perform(request) }) }.start()
        }
    }
}
