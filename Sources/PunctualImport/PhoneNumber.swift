import Foundation
import Punctual
import PunctualCore

/// Phone numbers as Punctual stores them: E.164, so an inbound text's sender matches exactly.
/// People write them as their country does — "(509) 555-1234", "0161 496 0000" — and those are
/// read as numbers of the business's country.
public enum PhoneNumber {
    /// `+`, a non-zero digit, then 7 to 14 more digits.
    public static func isE164(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 9, scalars.count <= 16, scalars[0] == "+" else { return false }
        guard scalars[1] != "0" else { return false }
        return scalars.dropFirst().allSatisfy { $0.value >= 48 && $0.value <= 57 }
    }

    /// `text` in E.164: as it is when it is already, else read as a national number of the country
    /// with `callingCode` (`1` for the US and Canada, `44` for the UK): separators dropped, an
    /// international `00` prefix or a national trunk `0` understood. Nil when it is not a number.
    public static func normalized(_ text: String, callingCode: String?) -> String? {
        let kept = text.filter { !" -.()/\u{00A0}".contains($0) }
        if kept.hasPrefix("+") { return isE164(kept) ? kept : nil }
        guard !kept.isEmpty, kept.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        if kept.hasPrefix("00") { return isE164("+" + kept.dropFirst(2)) ? "+" + kept.dropFirst(2) : nil }
        guard let callingCode, !callingCode.isEmpty else { return nil }
        let candidate: String
        if callingCode == "1" {
            // North American numbers: ten digits, the area code not starting with 0 or 1.
            let digits = kept.count == 11 && kept.hasPrefix("1") ? String(kept.dropFirst()) : kept
            guard digits.count == 10, let first = digits.first, first != "0", first != "1" else { return nil }
            candidate = "+1" + digits
        } else {
            let national = kept.hasPrefix("0") ? String(kept.dropFirst()) : kept
            guard national.count >= 6 else { return nil }
            candidate = "+" + callingCode + national
        }
        return isE164(candidate) ? candidate : nil
    }

    /// The country calling code of the business: the `phone.country_code` setting, else the one its
    /// time zone implies (nil when the zone does not say).
    public static func callingCode(settings: Settings, timeZone: String) -> String? {
        let set = settings.text(.phoneCountryCode)
        return set.isEmpty ? callingCode(timeZone: timeZone) : set
    }

    /// The calling code of the country a time zone belongs to, for the zones where that is clear.
    static func callingCode(timeZone: String) -> String? {
        if let code = byZone[timeZone] { return code }
        if timeZone.hasPrefix("America/") || timeZone.hasPrefix("US/") || timeZone.hasPrefix("Canada/") { return "1" }
        if timeZone.hasPrefix("Australia/") { return "61" }
        return nil
    }

    /// Zones whose country is not the one their region's prefix suggests, and the common others.
    private static let byZone: [String: String] = [
        "Pacific/Honolulu": "1", "America/Mexico_City": "52", "America/Monterrey": "52", "America/Tijuana": "52",
        "America/Sao_Paulo": "55", "America/Bogota": "57", "America/Lima": "51", "America/Santiago": "56",
        "America/Argentina/Buenos_Aires": "54", "America/Caracas": "58",
        "Europe/London": "44", "Europe/Dublin": "353", "Europe/Paris": "33", "Europe/Berlin": "49", "Europe/Madrid": "34",
        "Europe/Rome": "39", "Europe/Amsterdam": "31", "Europe/Brussels": "32", "Europe/Zurich": "41", "Europe/Vienna": "43",
        "Europe/Stockholm": "46", "Europe/Oslo": "47", "Europe/Copenhagen": "45", "Europe/Helsinki": "358",
        "Europe/Lisbon": "351", "Europe/Warsaw": "48", "Europe/Prague": "420", "Pacific/Auckland": "64",
        "Asia/Kolkata": "91", "Asia/Tokyo": "81", "Asia/Singapore": "65", "Africa/Johannesburg": "27",
    ]
}
