import Foundation

/// Writes an RFC 5322 message: a plain-text body and, when there is a calendar entry, a
/// `multipart/mixed` message with the text and a `text/calendar` part (the `.ics`).
public enum EmailComposer {
    public struct Email: Sendable {
        /// The whole message, CRLF line ends.
        public var text: String
        /// The `.ics` document attached, if any.
        public var calendar: String?
    }

    public static func compose(from: String, fromName: String, to: String, subject: String, body: String,
                               calendar: CalendarEvent?, messageID: String, date: Date) -> Email {
        let fromHeader = fromName.isEmpty ? from : "\(encodedWord(fromName)) <\(from)>"
        var headers = [
            "From: \(fromHeader)",
            "To: \(to)",
            "Subject: \(encodedWord(subject))",
            "Date: \(rfc5322Date(date))",
            "Message-ID: \(messageID)",
            "MIME-Version: 1.0",
        ]
        let text = base64Lines(Data(crlf(body).utf8))
        guard let calendar else {
            headers += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64"]
            return Email(text: (headers + ["", text]).joined(separator: "\r\n") + "\r\n", calendar: nil)
        }
        let ics = ICSWriter.document(calendar)
        let boundary = "punctual-\(UUID().uuidString)"
        headers.append("Content-Type: multipart/mixed; boundary=\"\(boundary)\"")
        let method = calendar.cancelled ? "CANCEL" : "PUBLISH"
        let lines = headers + [
            "",
            "--\(boundary)",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: base64",
            "",
            text,
            "--\(boundary)",
            "Content-Type: text/calendar; charset=utf-8; method=\(method); name=\"appointment.ics\"",
            "Content-Disposition: attachment; filename=\"appointment.ics\"",
            "Content-Transfer-Encoding: base64",
            "",
            base64Lines(Data(ics.utf8)),
            "--\(boundary)--",
        ]
        return Email(text: lines.joined(separator: "\r\n") + "\r\n", calendar: ics)
    }

    /// Base64 in lines of 76 characters (RFC 2045).
    static func base64Lines(_ data: Data) -> String {
        data.base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
    }

    static func crlf(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n")
    }

    /// The text as is when it is plain ASCII, else as an RFC 2047 encoded word.
    static func encodedWord(_ text: String) -> String {
        text.allSatisfy { $0.isASCII && $0 != "\r" && $0 != "\n" } ? text : "=?UTF-8?B?\(Data(text.utf8).base64EncodedString())?="
    }

    static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }
}
