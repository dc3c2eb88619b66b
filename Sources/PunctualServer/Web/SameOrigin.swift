import HTTPTypes
import Hummingbird

/// Whether a browser request that changes something came from this site's own pages. The session
/// cookie is SameSite=Strict, so another site cannot send it; this also refuses a sibling on the
/// same site (another port of a LAN address, a subdomain), which SameSite does not tell apart.
/// Browsers say where a request comes from (`Sec-Fetch-Site`, `Origin`); a client that says
/// neither is not a browser and cannot have been tricked into sending the cookie.
enum SameOrigin {
    static func allows(_ request: Request) -> Bool {
        if [.get, .head, .options].contains(request.method) { return true }
        if let site = request.headers[HTTPField.Name("Sec-Fetch-Site")!] {
            return site == "same-origin" || site == "none"
        }
        guard let origin = request.headers[.origin] else { return true }
        guard let authority = request.head.authority else { return false }
        let host = origin.split(separator: "/", omittingEmptySubsequences: true).dropFirst().first.map(String.init)
        return host?.lowercased() == authority.lowercased()
    }
}
