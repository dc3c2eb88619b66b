import HTTPTypes

/// The session a sign-in link starts: an access token like any other (revoked the same way), kept
/// in an HttpOnly cookie that only this site's own pages send (SameSite=Strict), so the pages call
/// the same API as any client without a script ever holding the token.
enum SessionCookie {
    static let name = "punctual_session"

    /// A sign-in lasts as long as a technician's working week; revoking the technician's tokens
    /// ends it at once.
    static let maxAgeSeconds = 7 * 24 * 3600

    /// The session token among the request's cookies, if any.
    static func token(in headers: HTTPFields) -> String? {
        for header in headers[values: .cookie] {
            for pair in header.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == name else { continue }
                return parts[1].trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }

    /// The `Set-Cookie` value that starts a session; `secure` when the pages are served over https.
    static func setting(_ token: String, secure: Bool) -> String {
        "\(name)=\(token); Path=/; Max-Age=\(maxAgeSeconds); HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "")
    }

    /// The `Set-Cookie` value that ends it.
    static let clearing = "\(name)=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict"
}
