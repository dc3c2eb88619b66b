import Foundation

/// The simulation's "now", shared with the services it drives (their clock reads it), so a day of
/// minutes runs in seconds.
public final class SimulatedClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    public init(_ start: Date) {
        current = start
    }

    public var now: Date {
        get { lock.withLock { current } }
        set { lock.withLock { current = newValue } }
    }
}
