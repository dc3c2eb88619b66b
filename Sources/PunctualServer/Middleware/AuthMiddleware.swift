import Hummingbird
import Logging
import Punctual
import PunctualCore

/// Requires a bearer token (or the web pages' session cookie) of the given role: none or an unknown
/// one is 401, the wrong role 403.
/// Refusals are logged with the method, path and reason, never the token.
struct AuthMiddleware: RouterMiddleware {
    enum Role: String { case technician, dispatcher }

    /// Checked against the database on every request, so a revoked token is refused at once.
    let tokens: AccessTokens
    let role: Role

    func handle(_ request: Request, context: APIRequestContext, next: (Request, APIRequestContext) async throws -> Response) async throws -> Response {
        func refuse(_ status: HTTPResponse.Status, _ code: String, _ detail: String) -> APIError {
            context.logger.notice("refused", metadata: [
                "method": "\(request.method)", "path": "\(LoggedPath.of(request.uri.path))", "status": "\(status.code)", "reason": "\(code)",
            ])
            return APIError(status, code, detail: detail)
        }
        let token: String
        if let header = request.headers[.authorization] {
            let parts = header.split(separator: " ", maxSplits: 1)
            guard parts.count == 2, parts[0].lowercased() == "bearer" else {
                throw refuse(.unauthorized, "unauthorized", "the Authorization header must be Bearer <token>")
            }
            token = String(parts[1])
        } else if let session = SessionCookie.token(in: request.headers) {
            // The web pages' session: the same token, kept in a cookie by a sign-in link, and only
            // from this site's own pages when it changes something.
            guard SameOrigin.allows(request) else {
                throw refuse(.forbidden, "forbidden", "a signed-in page of another site cannot change anything here")
            }
            token = session
        } else {
            throw refuse(.unauthorized, "unauthorized", "send Authorization: Bearer <token>")
        }
        guard let caller = try tokens.authenticate(token) else {
            throw refuse(.unauthorized, "unauthorized", "the token is unknown or revoked; ask the dispatcher for a new one")
        }
        switch (role, caller) {
        case (.technician, .technician), (.dispatcher, .dispatcher):
            var context = context
            context.caller = caller
            return try await next(request, context)
        default:
            throw refuse(.forbidden, "forbidden", "this endpoint needs a \(role.rawValue) token")
        }
    }
}
