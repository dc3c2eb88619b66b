import Foundation

/// A day as a dispatcher types it: `today`, `tomorrow`, `yesterday`, a weekday name (`friday` or
/// `fri`: the next one after today; today itself is `today`) or `YYYY-MM-DD`.
///
/// Relative words need "today", which is the business's local date of the command's clock, never
/// the machine's: a dispatcher in Denver typing `tomorrow` at 23:30 means Denver's tomorrow.
public enum DayPhrase {
    /// What the words may be, for help texts and errors.
    public static let accepted = "today, tomorrow, yesterday, a weekday such as friday (the next one), or YYYY-MM-DD"

    private static let weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]

    /// The date `text` names, counted from `today`; nil when it is none of the accepted forms.
    public static func resolve(_ text: String, today: LocalDate) -> LocalDate? {
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
        switch word {
        case "today": return today
        case "tomorrow": return today.adding(days: 1)
        case "yesterday": return today.adding(days: -1)
        default: break
        }
        if let weekday = weekday(word) {
            let ahead = (weekday - today.weekday + 7) % 7
            return today.adding(days: ahead == 0 ? 7 : ahead)
        }
        return LocalDate(parsing: word)
    }

    /// Whether `text` is one of the accepted forms (checked before the business's "today" is known).
    public static func isWellFormed(_ text: String) -> Bool {
        resolve(text, today: LocalDate(year: 2000, month: 1, day: 1)!) != nil
    }

    /// 0 for Sunday to 6 for Saturday, from the full name or its first three letters or more.
    private static func weekday(_ word: String) -> Int? {
        guard word.count >= 3 else { return nil }
        return weekdays.firstIndex { $0.hasPrefix(word) }
    }
}
