import Foundation
import PunctualCore

/// One technician's row of the board: where they are, how fresh that is, what they are doing and
/// when they will probably reach each remaining visit.
public struct TechnicianForecast: Sendable {
    /// A stop still open on the route, with its prediction when it is still to be reached.
    public struct Visit: Sendable {
        public var sequence: Int
        public var jobID: String
        public var status: JobStatus
        public var window: DateInterval?
        public var plannedArrival: Date
        /// nil for the visit the technician is on site for.
        public var forecast: VisitForecast?
        /// Whether the visit was declared at risk (once declared, it stays so).
        public var atRisk: Bool
    }

    public var technicianID: String
    public var name: String
    public var lastFix: PositionFix?
    /// Seconds since the last fix was taken.
    public var fixAge: TimeInterval?
    /// No fix for longer than the policy allows (or none at all).
    public var stale: Bool
    /// The visit on site now.
    public var currentJobID: String?
    public var currentStatus: JobStatus?
    /// Service time spent so far at the current visit, seconds.
    public var elapsedService: Int?
    public var visits: [Visit]
}
