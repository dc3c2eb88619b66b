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
    /// When the customer was first warned of lateness, if ever.
    public var warnedAt: Date?
    /// The job was handed to another technician because the first one would be late.
    public var reassigned: Bool
    /// The morning's published plan did not hold the promise.
    public var droppedByPlan: Bool
    /// When the customer was first told the promise cannot be kept, if ever.
    public var toldBrokenAt: Date?

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
}
