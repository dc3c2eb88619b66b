import Hummingbird
import Logging

/// Turns every error into the API's JSON error body. An error it does not recognise is a bug: it is
/// logged in full and answered 500 without internals.
struct JSONErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            if let apiError = APIError.from(error) { return apiError.response() }
            context.logger.error("unhandled error", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            return APIError(.internalServerError, "internal", detail: "the server failed; the error is logged").response()
        }
    }
}
