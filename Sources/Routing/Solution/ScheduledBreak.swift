/// A break placed on a route.
public struct ScheduledBreak: Sendable, Hashable, Codable {
    /// Index of the break in the vehicle's `breaks` (sorted by window start).
    public var index: Int
    /// Number of visits made before the break (it is taken before `visits[beforeVisit]`, or at
    /// the end location when equal to the visit count).
    public var beforeVisit: Int
    /// Matrix index where the break is taken.
    public var location: Int
    /// Start and end of the break, seconds.
    public var start: Int
    public var end: Int

    public init(index: Int, beforeVisit: Int, location: Int, start: Int, end: Int) {
        self.index = index
        self.beforeVisit = beforeVisit
        self.location = location
        self.start = start
        self.end = end
    }
}
