import CCurl
import Foundation

/// Sends one finished email message through an SMTP server with libcurl: envelope, optional login,
/// STARTTLS or implicit TLS, timeouts.
///
/// The message is the complete RFC 5322 text (headers, blank line, body — multipart or not) as the
/// caller composed it; this client only carries it. Synchronous and thread-safe like
/// `CurlHTTPClient`: one handle per message, no shared state.
public struct CurlSMTPClient: Sendable {
    public init() {}

    /// Sends `message` to the envelope's recipients through `server`.
    ///
    /// Throws `CurlError` when the server cannot be reached, will not secure the connection as
    /// required (`.tls`), refuses the login (`.loginDenied`), or rejects the sender, every
    /// recipient or the message (curl's message quotes the server's reply).
    public func send(_ message: Data, envelope: Envelope, via server: Server) throws(CurlError) {
        let easy = try CurlEasy(url: server.url.absoluteString)
        try easy.setTimeouts(server.timeouts)
        switch server.security {
        case .startTLS: try easy.set(CURLOPT_USE_SSL, Int(CURLUSESSL_ALL.rawValue))
        case .implicitTLS, .none: break
        }
        if let credentials = server.credentials {
            try easy.setCredentials(credentials)
        }
        try easy.set(CURLOPT_MAIL_FROM, "<\(envelope.from)>")
        try easy.set(CURLOPT_MAIL_RCPT, list: envelope.recipients.map { "<\($0)>" })
        try easy.set(CURLOPT_UPLOAD, 1)
        try easy.set(CURLOPT_INFILESIZE_LARGE, offset: message.count)
        _ = try easy.perform(upload: message)
    }
}
