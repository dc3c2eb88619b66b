/// The addresses of the web pages, under the business's `web.base_url`.
public enum WebLinks {
    /// A customer's tracking page.
    public static func tracking(base: String, token: String) -> String {
        trimmed(base) + "/track/" + token
    }

    /// A one-time sign-in link.
    public static func signIn(base: String, code: String) -> String {
        trimmed(base) + "/signin/" + code
    }

    private static func trimmed(_ base: String) -> String {
        var base = base
        while base.hasSuffix("/") { base.removeLast() }
        return base
    }
}
