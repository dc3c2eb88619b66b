import Foundation

/// Durations as people type them: `20s`, `2m`, `1h`, or plain seconds.
enum DurationText {
    static func seconds(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)]
        for (suffix, factor) in units where trimmed.hasSuffix(suffix) {
            guard let value = Double(trimmed.dropLast(suffix.count)), value > 0, value.isFinite else { return nil }
            return value * factor
        }
        guard let value = Double(trimmed), value > 0, value.isFinite else { return nil }
        return value
    }
}
