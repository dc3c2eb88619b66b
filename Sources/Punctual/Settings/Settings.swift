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

    /// The value in force for `key`, as text.
    public func text(_ key: SettingKey) -> String { overrides[key] ?? key.defaultValue }

    /// The value in force for a numeric `key`.
    public func number(_ key: SettingKey) -> Double {
        Double(text(key)) ?? Double(key.defaultValue)!
    }

    /// The embedded travel-time estimate with the business's speed, circuity and per-trip time.
    public var greatCircleTravelTimes: GreatCircleTravelTimes {
        GreatCircleTravelTimes(circuity: number(.travelCircuity), speedKilometresPerHour: number(.travelSpeed),
                               perTripSeconds: Int(number(.travelPerTripSeconds)))
    }

    /// The routing service's base URL, when one is configured.
    public var routingURL: URL? {
        let text = text(.routingURL)
        return text.isEmpty ? nil : URL(string: text)
    }

    /// How travel and job durations spread around their expectations, for on-time probabilities.
    public var arrivalSpread: ArrivalSpread {
        ArrivalSpread(serviceCV: number(.serviceSpread), travelCV: number(.travelSpread))
    }
}
