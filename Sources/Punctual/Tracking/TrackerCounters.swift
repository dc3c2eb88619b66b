import Foundation
import Synchronization
import PunctualCore

/// What the tracker has done since the process started, for `/metrics`.
public final class TrackerCounters: Sendable {
    public struct Snapshot: Sendable {
        public var updates: Int
        public var atRiskRaised: Int
        public var updateSecondsTotal: Double
        public var updateFailures: Int
    }

    private let snapshot = Mutex(Snapshot(updates: 0, atRiskRaised: 0, updateSecondsTotal: 0, updateFailures: 0))

    func recordUpdate(duration: Duration, raised: Int) {
        let seconds = duration.timeInterval
        snapshot.withLock { snapshot in
            snapshot.updates += 1
            snapshot.atRiskRaised += raised
            snapshot.updateSecondsTotal += seconds
        }
    }

    func recordFailure() {
        snapshot.withLock { $0.updateFailures += 1 }
    }

    public var current: Snapshot { snapshot.withLock { $0 } }
}
