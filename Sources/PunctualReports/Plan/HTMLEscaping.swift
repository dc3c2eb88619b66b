import Punctual
import PunctualCore
/// Makes any text safe to place in HTML or SVG, as element content or inside a quoted attribute.
///
/// Customer names, addresses and notes come from spreadsheets and customers; a name such as
/// `<Tom & "Jerry">` must show as written and never become markup.
public enum HTMLEscaping {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by their character references.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
