import Foundation
import Punctual
import PunctualCore

/// A policy's days and their totals.
public struct PolicyResult: Sendable, Encodable {
    /// The offered window width, minutes.
    public var widthMinutes: Int
    public var days: [DayResult]
    /// The promise metrics of all days together.
    public var overall: PromiseMetrics
    /// The forecasts of all days against what happened.
    public var reliability: ForecastReliability

    init(widthMinutes: Int, days: [DayResult]) {
        self.widthMinutes = widthMinutes
        self.days = days
        overall = PromiseMetrics(outcomes: days.flatMap(\.visits), messages: days.reduce(0) { $0 + $1.messages },
                                 overtimeMinutes: days.reduce(0) { $0 + $1.overtimeMinutes },
                                 technicianDays: days.reduce(0) { $0 + $1.technicianDays })
        reliability = days.reduce(ForecastReliability()) { $0.merged(with: $1.reliability) }
    }

    private enum Keys: String, CodingKey { case policyWindowMinutes, requests, declined, emergencies, refusedReports, reliability, days }

    /// The overall metrics' keys at the top (the `--format json` contract), then the policy and its days.
    public func encode(to encoder: any Encoder) throws {
        try overall.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(widthMinutes, forKey: .policyWindowMinutes)
        try container.encode(days.reduce(0) { $0 + $1.requests }, forKey: .requests)
        try container.encode(days.reduce(0) { $0 + $1.declined }, forKey: .declined)
        try container.encode(days.reduce(0) { $0 + $1.emergencies }, forKey: .emergencies)
        try container.encode(days.reduce(0) { $0 + $1.refusedReports }, forKey: .refusedReports)
        try container.encode(reliability, forKey: .reliability)
        try container.encode(days, forKey: .days)
    }
}
