import Foundation

/// A technician who could take over an at-risk visit and still arrive inside its promised window.
public struct ReassignmentOption: Sendable, Equatable {
    public var technician: Technician
    /// When they would arrive, following their planned route with the visit inserted.
    public var arrival: Date
    /// How much later they could arrive and still keep every promise on their route, seconds.
    public var slackSeconds: Int

    public init(technician: Technician, arrival: Date, slackSeconds: Int) {
        self.technician = technician
        self.arrival = arrival
        self.slackSeconds = slackSeconds
    }
}
