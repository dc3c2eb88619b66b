import Hummingbird

/// Refuses methods the API has no use for anywhere (TRACE, CONNECT and any unknown one) with 405
/// and the methods it does use, instead of a 404 that says the path does not exist.
struct MethodMiddleware<Context: RequestContext>: RouterMiddleware {
    /// What the API's routes answer to (a path may take fewer; those are told apart by the router).
    static var used: [HTTPRequest.Method] { [.get, .head, .post, .patch] }
    /// Known methods that a route may come to use, left to the router.
    static var reserved: [HTTPRequest.Method] { [.put, .delete, .options] }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard Self.used.contains(request.method) || Self.reserved.contains(request.method) else {
            var response = APIError(.methodNotAllowed, "method_not_allowed",
                                    detail: "\(request.method.rawValue) is not used by this API; it uses \(Self.used.map(\.rawValue).joined(separator: ", "))")
                .response()
            response.headers[.allow] = Self.used.map(\.rawValue).joined(separator: ", ")
            return response
        }
        return try await next(request, context)
    }
}
