/// A closed interval of time, in seconds from the plan's origin, in which something must *start*.
///
/// A job's window bounds its service start (arrival may be earlier, then the technician waits); a
/// break's window bounds the break's start.
public struct TimeWindow: Sendable, Hashable, Codable {
    /// Earliest allowed start, seconds.
    public var start: Int
    /// Latest allowed start, seconds (inclusive).
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// A window that never constrains: from `Int.min / 4` to `Int.max / 4` (room left for sums).
    public static let unbounded = TimeWindow(start: -(Int.max / 4), end: Int.max / 4)
}
