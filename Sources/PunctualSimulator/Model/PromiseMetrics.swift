import Foundation
import Punctual
import PunctualCore

/// The promise, measured: how narrow the windows were, how often they were kept, how early late
/// visits were announced, and what it cost. Rates are fractions 0–1; the JSON keys are the
/// contract of `punctual simulate --format json`.
public struct PromiseMetrics: Sendable, Hashable, Codable {
    public var windowMinutes: Double
    public var visits: Int
    public var onTimeRate: Double
    public var lateVisits: Int
    /// Late visits whose customer was warned (or whose job was reassigned) before the window ended.
    public var lateWarnedRate: Double
    /// Late visits warned or reassigned at least 30 minutes before the window ended.
    public var lateWarnedEarlyRate: Double
    public var medianWarningLeadMinutes: Double?
    /// Warnings for visits that came on time after all, as a share of all warnings.
    public var falseAlarmRate: Double
    public var firstTimeFixRate: Double
    public var messagesPerJob: Double
    public var overtimeMinutes: Int
    public var jobsPerTechnicianDay: Double
    /// Promises the morning's published plan did not hold (each also counts as a late visit).
    public var droppedPromises: Int
    /// Dropped promises whose customer was never told before the window ended.
    public var droppedUntold: Int
    /// Dropped promises told at least an hour before the window opened.
    public var droppedToldHourBeforeRate: Double

    /// How early a warning must come to count as early, seconds.
    public static let earlyWarning: TimeInterval = 30 * 60
    /// How long before its window a dropped promise must be told, seconds.
    public static let brokenPromiseNotice: TimeInterval = 60 * 60

    public init(outcomes: [SimulatedVisit], messages: Int, overtimeMinutes: Int, technicianDays: Int) {
        let promised = outcomes.filter { $0.window != nil }
        windowMinutes = promised.isEmpty ? 0
            : promised.reduce(0) { $0 + $1.window!.duration } / Double(promised.count) / 60
        visits = outcomes.count
        let late = promised.filter(\.isLate)
        lateVisits = late.count
        onTimeRate = promised.isEmpty ? 1 : Double(promised.count - late.count) / Double(promised.count)
        func lead(_ o: SimulatedVisit) -> TimeInterval? { o.warnedAt.map { o.window!.end.timeIntervalSince($0) } }
        let warnedLate = late.filter { o in o.reassigned || (lead(o).map { $0 > 0 } ?? false) }
        let warnedEarly = late.filter { o in o.reassigned || (lead(o).map { $0 >= Self.earlyWarning } ?? false) }
        lateWarnedRate = late.isEmpty ? 1 : Double(warnedLate.count) / Double(late.count)
        lateWarnedEarlyRate = late.isEmpty ? 1 : Double(warnedEarly.count) / Double(late.count)
        let leads = late.compactMap(lead).map { $0 / 60 }.sorted()
        medianWarningLeadMinutes = leads.isEmpty ? nil
            : (leads.count % 2 == 1 ? leads[leads.count / 2] : (leads[leads.count / 2 - 1] + leads[leads.count / 2]) / 2)
        let warned = promised.filter { $0.warnedAt != nil }
        falseAlarmRate = warned.isEmpty ? 0 : Double(warned.filter { !$0.isLate }.count) / Double(warned.count)
        let attempted = outcomes.filter { $0.arrival != nil }
        firstTimeFixRate = attempted.isEmpty ? 1 : Double(attempted.filter(\.completed).count) / Double(attempted.count)
        messagesPerJob = outcomes.isEmpty ? 0 : Double(messages) / Double(outcomes.count)
        self.overtimeMinutes = overtimeMinutes
        jobsPerTechnicianDay = technicianDays == 0 ? 0 : Double(outcomes.filter(\.completed).count) / Double(technicianDays)
        let dropped = promised.filter(\.droppedByPlan)
        droppedPromises = dropped.count
        droppedUntold = dropped.filter { o in o.toldBrokenAt.map { $0 >= o.window!.end } ?? true }.count
        let toldInTime = dropped.filter { o in o.toldBrokenAt.map { o.window!.start.timeIntervalSince($0) >= Self.brokenPromiseNotice } ?? false }
        droppedToldHourBeforeRate = dropped.isEmpty ? 1 : Double(toldInTime.count) / Double(dropped.count)
    }

    /// Encodes every key, a missing median as `null`, so readers can rely on the keys being there.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(windowMinutes, forKey: .windowMinutes)
        try container.encode(visits, forKey: .visits)
        try container.encode(onTimeRate, forKey: .onTimeRate)
        try container.encode(lateVisits, forKey: .lateVisits)
        try container.encode(lateWarnedRate, forKey: .lateWarnedRate)
        try container.encode(lateWarnedEarlyRate, forKey: .lateWarnedEarlyRate)
        try container.encode(medianWarningLeadMinutes, forKey: .medianWarningLeadMinutes)
        try container.encode(falseAlarmRate, forKey: .falseAlarmRate)
        try container.encode(firstTimeFixRate, forKey: .firstTimeFixRate)
        try container.encode(messagesPerJob, forKey: .messagesPerJob)
        try container.encode(overtimeMinutes, forKey: .overtimeMinutes)
        try container.encode(jobsPerTechnicianDay, forKey: .jobsPerTechnicianDay)
        try container.encode(droppedPromises, forKey: .droppedPromises)
        try container.encode(droppedUntold, forKey: .droppedUntold)
        try container.encode(droppedToldHourBeforeRate, forKey: .droppedToldHourBeforeRate)
    }
}
