/// A number as a spreadsheet writes it: optional sign, digits, optional decimal point and digits
/// (`46.87`, `-114.02`, `.5`, `12.`). `Double(_:)` alone would also take hexadecimal (`0x2F` is
/// 47.0), exponents, `nan` and `inf`, which no dispatcher means; nothing imported relies on them.
enum DecimalNumber {
    static func parse(_ text: String) -> Double? {
        var digits = 0, points = 0
        for (index, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "."): points += 1
            case UInt8(ascii: "+"), UInt8(ascii: "-"): guard index == 0 else { return nil }
            default: return nil
            }
        }
        guard digits > 0, points <= 1 else { return nil }
        return Double(text)
    }
}
