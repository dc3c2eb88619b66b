import Foundation
import Synchronization

/// The simulation's "now", shared with the services it drives (their clock reads it), so a day of
/// minutes runs in seconds.
public final class SimulatedClock: Sendable {
    private let current: Mutex<Date>

    public init(_ start: Date) {
        current = Mutex(start)
    }

    public var now: Date {
        get { current.withLock { $0 } }
        set { current.withLock { $0 = newValue } }
    }
}
