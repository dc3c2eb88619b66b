import Punctual
import PunctualCore
/// Text forms of the sample's numbers, built from integers only.
///
/// Formatting through `Double` descriptions or locale-aware formatters could differ between
/// platforms; integer arithmetic makes the files byte-identical for a seed everywhere.
enum SampleFormat {
    /// Microdegrees as degrees with exactly six decimals, e.g. `-113.994200`.
    static func degrees(_ micro: Int) -> String {
        let sign = micro < 0 ? "-" : ""
        let magnitude = abs(micro)
        return sign + "\(magnitude / 1_000_000)." + padded(magnitude % 1_000_000, width: 6)
    }

    /// Cents as dollars with two decimals, e.g. `749.00`.
    static func dollars(_ cents: Int) -> String {
        "\(cents / 100)." + padded(cents % 100, width: 2)
    }

    /// Minutes after local midnight as `HH:MM`.
    static func clock(_ minutes: Int) -> String {
        padded(minutes / 60, width: 2) + ":" + padded(minutes % 60, width: 2)
    }

    /// `prefix` followed by `number` zero-padded to `width` digits, e.g. `J0042`.
    static func identifier(_ prefix: String, _ number: Int, width: Int) -> String {
        prefix + padded(number, width: width)
    }

    static func padded(_ value: Int, width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
