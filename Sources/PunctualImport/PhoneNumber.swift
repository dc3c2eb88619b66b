import Punctual
import PunctualCore
/// Phone numbers as Punctual stores them: E.164, so an inbound text's sender matches exactly.
public enum PhoneNumber {
    /// `+`, a non-zero digit, then 7 to 14 more digits.
    public static func isE164(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 9, scalars.count <= 16, scalars[0] == "+" else { return false }
        guard scalars[1] != "0" else { return false }
        return scalars.dropFirst().allSatisfy { $0.value >= 48 && $0.value <= 57 }
    }
}
