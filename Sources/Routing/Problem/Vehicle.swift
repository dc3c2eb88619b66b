/// A technician and their van: where the day starts and ends, when, with which skills and stock.
public struct Vehicle: Sendable, Hashable, Codable {
    /// Matrix index where the route starts.
    public var startLocation: Int
    /// Matrix index where the route ends.
    public var endLocation: Int
    /// Shift: the route departs at `shift.start` and should be back by `shift.end`, seconds.
    public var shift: TimeWindow
    /// How long past `shift.end` the route may end, seconds (hard limit).
    public var maxOvertime: Int
    /// Cost of each second past `shift.end`, in the same unit as travel cost per second/metre.
    public var overtimeCostPerSecond: Int
    /// Skills the technician has.
    public var skills: Set<String>
    /// Van stock, one entry per part dimension (missing entries count as 0).
    public var capacity: [Int]
    /// Breaks to take if the vehicle is used, each within its own window.
    public var breaks: [Break]
    /// Job indices already done or under way, in order: the route always starts with them, and the
    /// search only changes what follows. Their windows are not enforced (they already happened).
    public var fixedPrefix: [Int]

    public init(
        startLocation: Int,
        endLocation: Int,
        shift: TimeWindow,
        maxOvertime: Int = 0,
        overtimeCostPerSecond: Int = 0,
        skills: Set<String> = [],
        capacity: [Int] = [],
        breaks: [Break] = [],
        fixedPrefix: [Int] = []
    ) {
        self.startLocation = startLocation
        self.endLocation = endLocation
        self.shift = shift
        self.maxOvertime = maxOvertime
        self.overtimeCostPerSecond = overtimeCostPerSecond
        self.skills = skills
        self.capacity = capacity
        self.breaks = breaks
        self.fixedPrefix = fixedPrefix
    }
}
