import Hummingbird
import Logging
import NIOCore
import NIOHTTP1

/// Turns every error into the API's JSON error body. An error it does not recognise is a bug: it is
/// logged in full and answered 500 without internals. A client that hung up before its request was
/// whole (a phone losing signal mid-upload) is not: it gets `499`, as proxies count it, which the
/// metrics keep apart from server errors and nobody receives.
struct JSONErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            if let apiError = APIError.from(error) { return apiError.response() }
            if Self.isHangUp(error) {
                context.logger.info("client hung up", metadata: ["path": "\(LoggedPath.of(request.uri.path))", "error": "\(error)"])
                return Response(status: Self.clientClosedRequest)
            }
            context.logger.error("unhandled error", metadata: ["path": "\(LoggedPath.of(request.uri.path))", "error": "\(error)"])
            return APIError(.internalServerError, "internal", detail: "the server failed; the error is logged").response()
        }
    }

    /// The status proxies give a request whose client closed the connection first.
    static var clientClosedRequest: HTTPResponse.Status { HTTPResponse.Status(code: 499, reasonPhrase: "Client Closed Request") }

    /// Whether `error` says the connection ended before the request did.
    static func isHangUp(_ error: any Error) -> Bool {
        if let parser = error as? HTTPParserError, parser == .invalidEOFState { return true }
        if let channel = error as? ChannelError {
            switch channel {
            case .eof, .ioOnClosedChannel, .alreadyClosed, .outputClosed, .inputClosed: return true
            default: return false
            }
        }
        return false
    }
}
