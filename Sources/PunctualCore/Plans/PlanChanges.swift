import Foundation

/// What publishing a new plan over the one technicians work from would change, visit by visit:
/// what a dispatcher reads before `--publish`, and what the customers are told after it.
public struct PlanChanges: Hashable, Sendable {
    /// A visit that changes hands.
    public struct Handover: Hashable, Sendable {
        public var jobID: String
        public var from: String
        public var to: String
        /// When the old plan had the work begin.
        public var wasPlannedStart: Date

        public init(jobID: String, from: String, to: String, wasPlannedStart: Date) {
            self.jobID = jobID
            self.from = from
            self.to = to
            self.wasPlannedStart = wasPlannedStart
        }
    }

    /// A visit whose planned arrival moves by at least `retimeThreshold` (its promise stays).
    public struct Retime: Hashable, Sendable {
        public var jobID: String
        public var technicianID: String
        public var from: Date
        public var to: Date
    }

    public var handovers: [Handover] = []
    public var retimes: [Retime] = []
    /// Visits the new plan places that the old one did not.
    public var added: [String] = []
    /// Promised visits the new plan cannot keep.
    public var broken: [String] = []
    /// Visits without a promise the new plan leaves out (that the old one had on a route).
    public var leftOut: [String] = []

    /// A planned arrival that moves less than this is not worth a line.
    public static let retimeThreshold: TimeInterval = 15 * 60

    public init(handovers: [Handover] = [], retimes: [Retime] = [], added: [String] = [], broken: [String] = [], leftOut: [String] = []) {
        self.handovers = handovers
        self.retimes = retimes
        self.added = added
        self.broken = broken
        self.leftOut = leftOut
    }

    /// The changes from `old` (nil: nothing published yet) to `new`.
    public init(from old: Plan?, to new: Plan) {
        let before = Dictionary(uniqueKeysWithValues: (old?.visits ?? []).map { ($0.jobID, $0) })
        for visit in new.visits.sorted(by: { $0.jobID < $1.jobID }) {
            guard let was = before[visit.jobID] else {
                added.append(visit.jobID)
                continue
            }
            if was.technicianID != visit.technicianID {
                handovers.append(Handover(jobID: visit.jobID, from: was.technicianID, to: visit.technicianID, wasPlannedStart: was.plannedStart))
            } else if abs(was.plannedArrival.timeIntervalSince(visit.plannedArrival)) >= Self.retimeThreshold {
                retimes.append(Retime(jobID: visit.jobID, technicianID: visit.technicianID, from: was.plannedArrival, to: visit.plannedArrival))
            }
        }
        for left in new.unassigned.sorted(by: { $0.jobID < $1.jobID }) {
            if left.brokenPromise { broken.append(left.jobID) } else if old == nil || before[left.jobID] != nil { leftOut.append(left.jobID) }
        }
    }

    public var isEmpty: Bool { handovers.isEmpty && retimes.isEmpty && added.isEmpty && broken.isEmpty && leftOut.isEmpty }
}
