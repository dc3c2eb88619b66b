/// A tunable of the business that `punctual settings set KEY VALUE` changes; every key has a
/// default, so a fresh database works without any.
public enum SettingKey: String, CaseIterable, Sendable, Codable {
    case travelSpeed = "travel.speed_kmh"
    case travelCircuity = "travel.circuity"
    case travelPerTripSeconds = "travel.per_trip_seconds"
    case routingURL = "routing.url"
    case routingTimeoutSeconds = "routing.timeout_seconds"
    case maxOvertimeMinutes = "planning.max_overtime_minutes"
    case planningTimeLimitSeconds = "planning.time_limit_seconds"
    case atRiskLateProbability = "planning.at_risk_late_probability"
    case promiseBufferMinutes = "planning.promise_buffer_minutes"
    case bookingLeadMinutes = "booking.lead_minutes"
    case serviceSpread = "forecast.service_cv"
    case travelSpread = "forecast.travel_cv"
    case lateThreshold = "tracking.late_threshold"
    case staleMinutes = "tracking.stale_minutes"

    /// What the setting means, for `punctual settings list`.
    public var summary: String {
        switch self {
        case .travelSpeed: "average driving speed of the embedded travel-time estimate, km/h"
        case .travelCircuity: "road distance ÷ straight-line distance in the embedded estimate"
        case .travelPerTripSeconds: "seconds added to every trip to park and walk to the door"
        case .routingURL: "base URL of an OSRM-compatible routing service; empty uses the embedded estimate"
        case .routingTimeoutSeconds: "how long to wait for the routing service before falling back, seconds"
        case .maxOvertimeMinutes: "how far past the shift end a route may run, minutes"
        case .planningTimeLimitSeconds: "default search time of `punctual plan`, seconds"
        case .atRiskLateProbability: "a planned promise counts as at risk when its chance of being late reaches this"
        case .promiseBufferMinutes: "plans aim to reach promised visits this long before the window closes, when they can"
        case .bookingLeadMinutes: "the earliest a window may start after now, minutes"
        case .serviceSpread: "spread of job durations, as a fraction of the expected duration (coefficient of variation)"
        case .travelSpread: "spread of travel times, as a fraction of the expected travel time"
        case .lateThreshold: "a visit is at risk when its probability of arriving after the window passes this"
        case .staleMinutes: "a technician with no GPS fix for this long is flagged stale"
        }
    }

    /// The value in force when the dispatcher has set none.
    public var defaultValue: String {
        switch self {
        case .travelSpeed: "40"
        case .travelCircuity: "1.3"
        case .travelPerTripSeconds: "120"
        case .routingURL: ""
        case .routingTimeoutSeconds: "10"
        case .maxOvertimeMinutes: "60"
        case .planningTimeLimitSeconds: "10"
        case .atRiskLateProbability: "0.2"
        case .promiseBufferMinutes: "15"
        case .bookingLeadMinutes: "60"
        case .serviceSpread: "0.25"
        case .travelSpread: "0.2"
        case .lateThreshold: "0.5"
        case .staleMinutes: "10"
        }
    }

    /// The range a numeric value must fall in, or nil for text settings.
    var numericRange: ClosedRange<Double>? {
        switch self {
        case .travelSpeed: 1...200
        case .travelCircuity: 1...5
        case .travelPerTripSeconds: 0...3600
        case .routingURL: nil
        case .routingTimeoutSeconds: 0.1...300
        case .maxOvertimeMinutes: 0...480
        case .planningTimeLimitSeconds: 0...3600
        case .atRiskLateProbability, .lateThreshold: 0.01...0.99
        case .promiseBufferMinutes: 0...120
        case .bookingLeadMinutes: 0...10_080
        case .serviceSpread, .travelSpread: 0...2
        case .staleMinutes: 1...1440
        }
    }

    /// Why `text` is not a valid value for this key, or nil when it is.
    public func problem(with text: String) -> String? {
        if let range = numericRange {
            guard let value = Double(text), value.isFinite else { return "'\(text)' is not a number" }
            guard range.contains(value) else {
                return "\(text) is outside \(Self.format(range.lowerBound))…\(Self.format(range.upperBound))"
            }
            return nil
        }
        if self == .routingURL, !text.isEmpty {
            let lower = text.lowercased()
            guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), text.count > 8, !text.contains(" ") else {
                return "'\(text)' is not an http(s) URL"
            }
        }
        return nil
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
