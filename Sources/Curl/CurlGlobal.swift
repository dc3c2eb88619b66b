import CCurl

/// libcurl's process-wide setup, done exactly once before the first handle is made.
///
/// `curl_global_init` is not thread-safe in itself; a `static let` is initialised once under the
/// runtime's lock, so every caller on every thread sees the same, single initialisation.
enum CurlGlobal {
    private static let initialization: CURLcode = ccurl_global_init_default()

    /// Initialises libcurl if nothing has yet; throws if that one initialisation failed.
    static func ensureInitialized(url: String) throws(CurlError) {
        let code = initialization
        guard code == CURLE_OK else {
            throw CurlError(code: code, url: url, message: "libcurl could not initialise: \(CurlError.text(of: code))")
        }
    }
}
