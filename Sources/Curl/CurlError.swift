import CCurl

/// Why a transfer failed before a complete response arrived, with the URL and curl's own words.
///
/// A response with any HTTP status is not an error at this level: callers judge statuses themselves.
public struct CurlError: Error, CustomStringConvertible, Equatable, Sendable {
    public enum Kind: Sendable, Equatable {
        case invalidURL
        case unsupportedProtocol
        case couldNotResolveHost
        case couldNotConnect
        case timedOut
        /// The TLS handshake or certificate check failed.
        case tls
        /// The server would not accept the credentials (SMTP, FTP, …).
        case loginDenied
        /// The connection broke, or closed without a complete response.
        case connectionLost
        /// Any other libcurl failure, by its `CURLcode`.
        case other(code: Int)
    }

    public let kind: Kind
    /// The URL of the failed transfer.
    public let url: String
    /// libcurl's explanation (its error buffer when it filled one, else the code's generic text).
    public let message: String

    public init(kind: Kind, url: String, message: String) {
        self.kind = kind
        self.url = url
        self.message = message
    }

    init(code: CURLcode, url: String, message: String) {
        self.init(kind: Self.kind(of: code), url: url, message: message)
    }

    public var description: String {
        let what = switch kind {
        case .invalidURL: "invalid URL"
        case .unsupportedProtocol: "unsupported protocol in"
        case .couldNotResolveHost: "could not resolve the host of"
        case .couldNotConnect: "could not connect to"
        case .timedOut: "timed out talking to"
        case .tls: "TLS failed with"
        case .loginDenied: "login denied by"
        case .connectionLost: "connection lost with"
        case .other(let code): "transfer failed (curl error \(code)) with"
        }
        return "\(what) \(Self.abbreviated(url)): \(message)"
    }

    /// The URL without its query and cut to a readable length: service URLs can carry kilobytes of
    /// coordinates, which would bury the message.
    static func abbreviated(_ url: String, limit: Int = 80) -> String {
        let withoutQuery = url.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? url
        return withoutQuery.count <= limit ? withoutQuery : String(withoutQuery.prefix(limit)) + "…"
    }

    static func text(of code: CURLcode) -> String {
        String(cString: curl_easy_strerror(code))
    }

    static func kind(of code: CURLcode) -> Kind {
        switch code {
        case CURLE_URL_MALFORMAT: .invalidURL
        case CURLE_UNSUPPORTED_PROTOCOL: .unsupportedProtocol
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY: .couldNotResolveHost
        case CURLE_COULDNT_CONNECT: .couldNotConnect
        case CURLE_OPERATION_TIMEDOUT: .timedOut
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM,
             CURLE_SSL_CIPHER, CURLE_SSL_CACERT_BADFILE, CURLE_USE_SSL_FAILED, CURLE_SSL_ENGINE_NOTFOUND,
             CURLE_SSL_ENGINE_SETFAILED, CURLE_SSL_CRL_BADFILE, CURLE_SSL_ISSUER_ERROR,
             CURLE_SSL_PINNEDPUBKEYNOTMATCH, CURLE_SSL_INVALIDCERTSTATUS:
            .tls
        case CURLE_LOGIN_DENIED: .loginDenied
        case CURLE_SEND_ERROR, CURLE_RECV_ERROR, CURLE_GOT_NOTHING, CURLE_PARTIAL_FILE: .connectionLost
        default: .other(code: Int(code.rawValue))
        }
    }
}
