/// A request's path as the logs show it: the keys some paths carry are left out. A tracking token
/// opens a customer's page and a sign-in code a session, so neither belongs in a log.
enum LoggedPath {
    static func of(_ path: String) -> String {
        for prefix in ["/track/", "/signin/"] where path.hasPrefix(prefix) {
            let rest = path.dropFirst(prefix.count)
            let tail = rest.firstIndex(of: "/").map { String(rest[$0...]) } ?? ""
            return prefix + "…" + tail
        }
        return path
    }
}
