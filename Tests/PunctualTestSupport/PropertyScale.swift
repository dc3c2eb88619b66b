import Foundation

/// How many seeded cases the property and simulation suites run: `PUNCTUAL_PROPERTY_SCALE=k` runs
/// k times the usual cases (a longer sweep by hand), `quick` a quarter of them (at least one per
/// shape: CI's runs with the clock moved, which are about the clock, not about breadth).
public enum PropertyScale {
    public static var current: String? { ProcessInfo.processInfo.environment["PUNCTUAL_PROPERTY_SCALE"] }

    /// The number of cases to run where `usual` are the suite's own.
    public static func cases(_ usual: Int) -> Int {
        guard let current else { return usual }
        if current == "quick" { return max(1, usual / 4) }
        return usual * max(1, Int(current) ?? 1)
    }

    /// Whether only the quick share runs.
    public static var isQuick: Bool { current == "quick" }
}
