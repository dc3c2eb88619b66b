import Foundation

/// Reads the keyword of an inbound text; case, surrounding spaces and a trailing full stop or `!` do
/// not matter, and anything that is not exactly a keyword is left for a person.
public enum InboundSMSParser {
    /// The opt-out words carriers require to be honoured.
    static let stopWords: Set<String> = ["STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT"]

    public static func parse(_ text: String) -> InboundCommand {
        var word = text.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
        while let last = word.last, ".!".contains(last) { word.removeLast() }
        if stopWords.contains(word) { return .stop }
        switch word {
        case "WAIT": return .wait
        case "REBOOK": return .rebook
        case "HELP", "INFO": return .help
        default:
            if !word.isEmpty, word.count <= 3, word.allSatisfy(\.isASCII), let number = Int(word), number > 0 {
                return .number(number)
            }
            return .text
        }
    }
}
