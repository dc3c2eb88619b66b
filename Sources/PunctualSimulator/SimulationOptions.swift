import Foundation
import Punctual
import PunctualCore

/// What a simulation plays: how many days, which window-width policies, how much demand, how
/// noisy the field is, and how customers answer.
public struct SimulationOptions: Sendable {
    /// Working days to play, from the sample day on.
    public var days = 5
    public var seed: UInt64 = 1
    /// Offered window widths to compare, minutes; each plays the same days in a store of its own.
    public var widths = [60]
    /// Requests per generated day; nil uses the sample day's count.
    public var jobsPerDay: Int?
    /// The most time each morning's plan may take, seconds.
    public var planSeconds = 120.0
    /// Search iterations of each morning's plan: a fixed amount of work, so that (with a generous
    /// time cap) a seed replays exactly whatever the machine's speed; nil searches for `planSeconds`.
    public var planIterations: Int? = 1_000
    public var noise = NoiseModel()
    /// Share of late-warned customers who reply 1 (wait); the others reply 2 (rebook).
    public var waitShare = 0.7
    /// Chance that an emergency job comes in during a day.
    public var emergencyChance = 0.6
    /// Chance that a technician calls in sick on a day, between 06:40 and 07:20: the dispatcher
    /// records the absence and the day is adjusted (`RosterDesk`). About one working day in thirty.
    public var sickChance = 0.03
    /// Chance that a customer with a promise calls to cancel on the day, between 07:00 and 12:00
    /// (`JobDesk.cancel`); a visit the technician has set off for goes ahead.
    public var cancelChance = 0.02
    /// How often phones post their buffered GPS fixes, seconds of simulated time (fixes are taken every 30 s).
    public var positionPostInterval: TimeInterval = 120
    /// How often the outbox worker runs, seconds of simulated time.
    public var outboxInterval: TimeInterval = 300
    /// Through HTTP against a server on a free loopback port, instead of in process.
    public var http = false
    /// Settings to play under (e.g. `planning.promise_buffer_minutes`), applied to every policy's store.
    public var settings: [SettingKey: String] = [:]

    public init() {}
}
