extension CurlSMTPClient {
    /// Who the server is told the message is from and for (`MAIL FROM`, `RCPT TO`), which may differ
    /// from the message's own `From:`, `To:` and `Cc:` headers (a bounce address, a Bcc).
    public struct Envelope: Sendable, Equatable {
        /// The address bounces go to.
        public var from: String
        public var recipients: [String]

        public init(from: String, recipients: [String]) {
            precondition(!recipients.isEmpty, "a message needs at least one recipient")
            self.from = from
            self.recipients = recipients
        }
    }
}
