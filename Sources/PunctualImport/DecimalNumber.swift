/// A number as a spreadsheet writes it: optional sign, digits, optional decimal point and digits
/// (`46.87`, `-114.02`, `.5`, `12.`). `Double(_:)` alone would also take hexadecimal (`0x2F` is
/// 47.0), exponents, `nan` and `inf`, which no dispatcher means.
enum DecimalNumber {
    static func parse(_ text: String) -> Double? {
        var digits = 0, points = 0
        for (index, character) in text.enumerated() {
            switch character {
            case "0"..."9": digits += 1
            case ".": points += 1
            case "+", "-" where index == 0: break
            default: return nil
            }
        }
        guard digits > 0, points <= 1 else { return nil }
        return Double(text)
    }
}
