import Foundation
import Punctual
import PunctualCore

/// An instant as reports show it: ISO 8601 with the business's UTC offset in JSON, and the local
/// time of day for tables, timelines and maps.
public struct ReportInstant: Codable, Hashable, Sendable, Comparable {
    public var instant: Date
    /// ISO 8601 with offset, e.g. `2026-11-24T09:05:00-07:00`; what JSON carries.
    public var iso8601: String
    /// Minutes after the local midnight of the plan's date (may exceed 1440 past midnight).
    public var minuteOfDay: Int

    public init(_ instant: Date, calendar: BusinessCalendar, dayStart: Date) {
        self.instant = instant
        iso8601 = calendar.iso8601(instant)
        minuteOfDay = Int((instant.timeIntervalSince(dayStart) / 60).rounded(.down))
    }

    /// `HH:MM` local, for tables.
    public var clock: String {
        let m = ((minuteOfDay % 1440) + 1440) % 1440
        return String(format: "%02d:%02d", m / 60, m % 60)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        let formatter = ISO8601DateFormatter()
        guard let date = formatter.date(from: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not ISO 8601")
        }
        instant = date
        iso8601 = text
        // The offset in the text gives the local clock; minutes are counted from that local midnight.
        let offset = Self.offsetSeconds(of: text)
        let local = Int(date.timeIntervalSince1970) + offset
        minuteOfDay = ((local % 86_400) + 86_400) % 86_400 / 60
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso8601)
    }

    public static func < (lhs: ReportInstant, rhs: ReportInstant) -> Bool { lhs.instant < rhs.instant }

    /// The UTC offset written at the end of an ISO 8601 text (`Z`, `+02:00`, `-0700`), seconds.
    static func offsetSeconds(of text: String) -> Int {
        if text.hasSuffix("Z") { return 0 }
        guard let signIndex = text.lastIndex(where: { $0 == "+" || $0 == "-" }),
              text.distance(from: signIndex, to: text.endIndex) >= 5 else { return 0 }
        let sign = text[signIndex] == "-" ? -1 : 1
        let digits = text[text.index(after: signIndex)...].filter(\.isNumber)
        guard digits.count == 4, let hhmm = Int(digits) else { return 0 }
        return sign * ((hhmm / 100) * 3600 + (hhmm % 100) * 60)
    }
}
