/// One vehicle's day: its visits in order with their schedule, its breaks and its totals.
public struct Route: Sendable, Hashable, Codable {
    /// Index of the vehicle in `Problem.vehicles`.
    public var vehicle: Int
    public var visits: [Visit]
    public var breaks: [ScheduledBreak]
    /// When the vehicle leaves its start location, seconds.
    public var departure: Int
    /// When it is back at its end location, seconds.
    public var endTime: Int
    /// Sum of travel cost per the problem's cost basis.
    public var travelCost: Int
    /// Sum of travel durations, seconds.
    public var travelDuration: Int
    /// Seconds past the shift end.
    public var overtime: Int
    /// `overtime` priced at the vehicle's rate.
    public var overtimeCost: Int
    /// Parts used, per dimension.
    public var load: [Int]
    /// Windows, breaks, shift, capacity all hold (fixed-prefix windows excepted).
    public var isFeasible: Bool

    /// The jobs in visit order.
    public var jobs: [Int] { visits.map(\.job) }
    public var isEmpty: Bool { visits.isEmpty }
}
