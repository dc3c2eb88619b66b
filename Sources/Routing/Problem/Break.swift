/// A rest a technician must take during a working route.
///
/// The break is taken at a stop, before that stop's service: while waiting for the window if it fits
/// there, otherwise at the last stop where it can still start inside its window. Unused vehicles
/// take no break.
public struct Break: Sendable, Hashable, Codable {
    /// Length of the break, seconds.
    public var duration: Int
    /// Interval in which the break must start, seconds.
    public var window: TimeWindow

    public init(duration: Int, window: TimeWindow) {
        self.duration = duration
        self.window = window
    }
}
