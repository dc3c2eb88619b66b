import Foundation

extension CurlSMTPClient {
    /// An SMTP server and how to talk to it.
    public struct Server: Sendable {
        /// How the connection is kept private.
        public enum Security: Sendable, Equatable {
            /// Plain connection upgraded with STARTTLS, which is required: a server that does not
            /// offer it is an error, never a silent plain-text send (port 587).
            case startTLS
            /// TLS from the first byte; the URL's scheme must be `smtps` (port 465).
            case implicitTLS
            /// No TLS at all: only for a relay on the same host or a test server.
            case none
        }

        /// `smtp://host:587` or `smtps://host:465`; a path sets the name sent with `EHLO`.
        public var url: URL
        public var security: Security
        public var credentials: CurlCredentials?
        public var timeouts: CurlTimeouts

        public init(url: URL, security: Security = .startTLS, credentials: CurlCredentials? = nil,
                    timeouts: CurlTimeouts = CurlTimeouts()) {
            precondition((url.scheme == "smtps") == (security == .implicitTLS),
                         "implicit TLS goes with an smtps:// URL, and only with one")
            self.url = url
            self.security = security
            self.credentials = credentials
            self.timeouts = timeouts
        }
    }
}
