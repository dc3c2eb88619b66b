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
    /// Late visits whose customer was sent a warning before the window ended (a reassignment's
    /// "still between…" is not a warning).
    public var lateWarnedRate: Double
    /// Late visits warned at least 30 minutes before the window ended.
    public var lateWarnedEarlyRate: Double
    public var medianWarningLeadMinutes: Double?
    /// Late visits that were handed to another technician, whose customer was told "still between…"
    /// and never warned.
    public var lateReassignedUnwarned: Int
    /// Late visits whose lateness the oracle (a projection at the true means) already showed at
    /// least 30 minutes before the window ended, and the share of those warned by then.
    public var lateKnowableEarly: Int
    public var lateWarnedEarlyOfKnowableRate: Double
    /// Warnings for visits that came on time after all, or whose customer rebooked a visit the
    /// oracle still had on time, as a share of all warnings.
    public var falseAlarmRate: Double
    public var firstTimeFixRate: Double
    /// Visits left unfinished for want of a part the job listed and the van did not carry.
    public var missingPartReturns: Int
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
        func warnedEarly(_ o: SimulatedVisit) -> Bool { lead(o).map { $0 >= Self.earlyWarning } ?? false }
        let warnedLate = late.filter { o in lead(o).map { $0 > 0 } ?? false }
        lateWarnedRate = late.isEmpty ? 1 : Double(warnedLate.count) / Double(late.count)
        lateWarnedEarlyRate = late.isEmpty ? 1 : Double(late.filter(warnedEarly).count) / Double(late.count)
        lateReassignedUnwarned = late.filter { $0.reassigned && $0.warnedAt == nil }.count
        let knowable = late.filter { o in o.knowableLateAt.map { o.window!.end.timeIntervalSince($0) >= Self.earlyWarning } ?? false }
        lateKnowableEarly = knowable.count
        lateWarnedEarlyOfKnowableRate = knowable.isEmpty ? 1 : Double(knowable.filter(warnedEarly).count) / Double(knowable.count)
        let leads = late.compactMap(lead).map { $0 / 60 }.sorted()
        medianWarningLeadMinutes = leads.isEmpty ? nil
            : (leads.count % 2 == 1 ? leads[leads.count / 2] : (leads[leads.count / 2 - 1] + leads[leads.count / 2]) / 2)
        let warned = promised.filter { $0.warnedAt != nil }
        falseAlarmRate = warned.isEmpty ? 0 : Double(warned.filter(\.isFalseAlarm).count) / Double(warned.count)
        let attempted = outcomes.filter { $0.arrival != nil }
        firstTimeFixRate = attempted.isEmpty ? 1 : Double(attempted.filter(\.completed).count) / Double(attempted.count)
        missingPartReturns = outcomes.filter(\.missingPart).count
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
        try container.encode(lateReassignedUnwarned, forKey: .lateReassignedUnwarned)
        try container.encode(lateKnowableEarly, forKey: .lateKnowableEarly)
        try container.encode(lateWarnedEarlyOfKnowableRate, forKey: .lateWarnedEarlyOfKnowableRate)
        try container.encode(falseAlarmRate, forKey: .falseAlarmRate)
        try container.encode(firstTimeFixRate, forKey: .firstTimeFixRate)
        try container.encode(missingPartReturns, forKey: .missingPartReturns)
        try container.encode(messagesPerJob, forKey: .messagesPerJob)
        try container.encode(overtimeMinutes, forKey: .overtimeMinutes)
        try container.encode(jobsPerTechnicianDay, forKey: .jobsPerTechnicianDay)
        try container.encode(droppedPromises, forKey: .droppedPromises)
        try container.encode(droppedUntold, forKey: .droppedUntold)
        try container.encode(droppedToldHourBeforeRate, forKey: .droppedToldHourBeforeRate)
    }
}
