/// Reads an iCalendar document back for the tests: unfolds lines (RFC 5545 §3.1) and gives each
/// property of the first VEVENT by name, refusing anything that is not a well-formed calendar.
struct ICSReader {
    var properties: [String: String] = [:]
    var lines: [String] = []

    init?(_ text: String) {
        guard text.hasSuffix("\r\n"), !text.replacingOccurrences(of: "\r\n", with: "").contains("\n") else { return nil }
        lines = text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").dropLast()
        guard lines.first == "BEGIN:VCALENDAR", lines.last == "END:VCALENDAR",
              let begin = lines.firstIndex(of: "BEGIN:VEVENT"), let end = lines.firstIndex(of: "END:VEVENT"), begin < end else { return nil }
        for line in lines[(begin + 1)..<end] {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let name = line[..<colon].split(separator: ";").first.map(String.init) ?? ""
            properties[name] = String(line[line.index(after: colon)...])
        }
    }

    subscript(_ name: String) -> String? { properties[name] }
}
