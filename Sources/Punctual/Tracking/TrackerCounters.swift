import Foundation

/// What the tracker has done since the process started, for `/metrics`.
public final class TrackerCounters: @unchecked Sendable {
    public struct Snapshot: Sendable {
        public var updates: Int
        public var atRiskRaised: Int
        public var updateSecondsTotal: Double
        public var updateFailures: Int
    }

    private let lock = NSLock()
    private var snapshot = Snapshot(updates: 0, atRiskRaised: 0, updateSecondsTotal: 0, updateFailures: 0)

    func recordUpdate(duration: Duration, raised: Int) {
        let seconds = duration.timeInterval
        lock.withLock {
            snapshot.updates += 1
            snapshot.atRiskRaised += raised
            snapshot.updateSecondsTotal += seconds
        }
    }

    func recordFailure() {
        lock.withLock { snapshot.updateFailures += 1 }
    }

    public var current: Snapshot { lock.withLock { snapshot } }
}
