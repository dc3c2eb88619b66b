import Foundation

/// The business's tunables in force: the stored overrides over each key's default.
///
/// Typed accessors keep parsing in one place; values were validated when set, so a read never fails.
public struct Settings: Sendable, Hashable {
    /// Overrides, by key; keys absent here use their default.
    public var overrides: [SettingKey: String]

    public init(overrides: [SettingKey: String] = [:]) {
        self.overrides = overrides
    }

    /// These settings with `values` in place of their own (secrets given by the environment).
    public func overlaying(_ values: [SettingKey: String]) -> Settings {
        Settings(overrides: overrides.merging(values) { _, given in given })
    }

    /// The value in force for `key`, as text.
    public func text(_ key: SettingKey) -> String { overrides[key] ?? key.defaultValue }

    /// The value in force for a numeric `key`.
    public func number(_ key: SettingKey) -> Double {
        Double(text(key)) ?? Double(key.defaultValue)!
    }

    /// The routing service's base URL, when one is configured.
    public var routingURL: URL? {
        let text = text(.routingURL)
        return text.isEmpty ? nil : URL(string: text)
    }
}
