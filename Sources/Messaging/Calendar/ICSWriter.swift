import Foundation

/// Writes `.ics` files (RFC 5545) that mail clients and phones accept as calendar invitations.
///
/// The details that make or break interoperability: CRLF line ends, lines folded at 75 octets
/// without splitting a UTF-8 sequence, escaped text values, and UTC times.
public enum ICSWriter {
    public static func document(_ event: CalendarEvent, productName: String = "Punctual") -> String {
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//\(escape(productName))//Punctual//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:\(event.cancelled ? "CANCEL" : "PUBLISH")",
            "BEGIN:VEVENT",
            "UID:\(event.uid)",
            "SEQUENCE:\(event.sequence)",
            "DTSTAMP:\(utc(event.stamp))",
            "DTSTART:\(utc(event.start))",
            "DTEND:\(utc(event.end))",
            "SUMMARY:\(escape(event.summary))",
            "LOCATION:\(escape(event.location))",
            "DESCRIPTION:\(escape(event.description))",
            "ORGANIZER;CN=\(quoteParameter(event.organizerName)):mailto:no-reply@invalid",
            "STATUS:\(event.cancelled ? "CANCELLED" : "CONFIRMED")",
            "TRANSP:OPAQUE",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
        lines = lines.map(fold)
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// TEXT value escaping: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11).
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n", "\r\n", "\r": result += "\\n"
            default: result.append(character)
            }
        }
        return result
    }

    /// A parameter value may not hold `"`, and is quoted when it holds `:`, `;` or `,`.
    static func quoteParameter(_ text: String) -> String {
        let cleaned = text.replacingOccurrences(of: "\"", with: "'")
        return cleaned.contains(where: { ":;,".contains($0) }) ? "\"\(cleaned)\"" : cleaned
    }

    /// Folds a content line into chunks of at most 75 octets, continuation lines starting with a space.
    static func fold(_ line: String) -> String {
        var chunks: [String] = []
        var current = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            let limit = chunks.isEmpty ? 75 : 74
            if octets + size > limit {
                chunks.append(current)
                current = ""
                octets = 0
            }
            current.append(character)
            octets += size
        }
        chunks.append(current)
        return chunks.joined(separator: "\r\n ")
    }

    static func utc(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }
}
