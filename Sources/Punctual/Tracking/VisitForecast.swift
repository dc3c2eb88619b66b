import Foundation

/// The predicted arrival at one remaining visit: the distribution's median and 90th percentile
/// and the probability of arriving after the promised window closes.
public struct VisitForecast: Hashable, Sendable {
    public var jobID: String
    public var technicianID: String
    public var medianArrival: Date
    public var p90Arrival: Date
    /// P(arrival after the window end); 0 when no window was promised.
    public var pLate: Double
    public var windowEnd: Date?

    public init(jobID: String, technicianID: String, medianArrival: Date, p90Arrival: Date, pLate: Double, windowEnd: Date?) {
        self.jobID = jobID
        self.technicianID = technicianID
        self.medianArrival = medianArrival
        self.p90Arrival = p90Arrival
        self.pLate = pLate
        self.windowEnd = windowEnd
    }
}
