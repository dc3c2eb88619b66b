import Foundation
import Punctual
import PunctualCore

/// What really happened at one visit of a simulated day, and what the customer was told before.
public struct SimulatedVisit: Sendable, Hashable, Codable {
    public var jobID: String
    /// The promised window, if any (visits without one never count as late).
    public var window: DateInterval?
    /// When the technician reached the door; nil when the visit never happened.
    public var arrival: Date?
    /// The job was finished on this visit (first-time fix).
    public var completed: Bool
    /// When the customer was first sent a warning that the promise would not be kept (running
    /// late, promise broken, moved), if ever on the day: the message's sending, not its writing.
    public var warnedAt: Date?
    /// The job was handed to another technician (the customer was told who, and "still between…").
    public var reassigned: Bool
    /// The morning's published plan did not hold the promise.
    public var droppedByPlan: Bool
    /// When the customer was first told the promise cannot be kept, if ever.
    public var toldBrokenAt: Date?
    /// The visit did not happen on the day because the customer took another window.
    public var rebooked = false
    /// Since when a projection at the true means (the oracle) had shown the visit late without a
    /// break: when its lateness was knowable. Nil when the last projection before it was reached had it on time.
    public var knowableLateAt: Date?
    /// Whether the oracle had the visit on time when its first warning was sent.
    public var onTimeByOracleAtWarning: Bool?
    /// The job was not finished because the van lacked a part it listed (the plan could have loaded it).
    public var missingPart = false
    /// The job was not finished because it needed a part nobody listed.
    public var wrongPart = false
    /// Where the morning's published plan had the visit: the technician, the place on their route
    /// (1 is first) and the planned arrival; nil when the plan did not route it. For reading where
    /// lateness comes from (a tight plan, or a day that slipped).
    public var morningTechnicianID: String?
    public var morningSequence: Int?
    public var morningArrival: Date?

    public init(jobID: String, window: DateInterval?, arrival: Date?, completed: Bool, warnedAt: Date? = nil,
                reassigned: Bool = false, droppedByPlan: Bool = false, toldBrokenAt: Date? = nil) {
        self.jobID = jobID
        self.window = window
        self.arrival = arrival
        self.completed = completed
        self.warnedAt = warnedAt
        self.reassigned = reassigned
        self.droppedByPlan = droppedByPlan
        self.toldBrokenAt = toldBrokenAt
    }

    /// Arrived after the promised window closed (or never came to a promised visit).
    public var isLate: Bool {
        guard let window else { return false }
        guard let arrival else { return true }
        return arrival > window.end
    }

    /// A warning for a visit that was not late after all: it came inside the window, or the
    /// customer rebooked a visit the oracle still had on time when the warning went out.
    public var isFalseAlarm: Bool {
        guard warnedAt != nil else { return false }
        if !isLate { return true }
        return rebooked && onTimeByOracleAtWarning == true
    }
}

extension MessageKind {
    /// Whether a message tells the customer their window will not be kept.
    var warnsOfLateness: Bool { self == .runningLate || self == .promiseBroken || self == .moved }
}
