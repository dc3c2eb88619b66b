import Foundation
import PunctualCore

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

extension VisitForecast {
    /// The arrival window a customer is told ("on my way", "running late"): from the median rounded
    /// down to five minutes to the 90th percentile rounded up, at least half an hour wide — a window
    /// the technician will most likely keep, not a single hopeful instant.
    public var customerWindow: DateInterval {
        let step = 300.0
        let start = (medianArrival.timeIntervalSinceReferenceDate / step).rounded(.down) * step
        let end = max((p90Arrival.timeIntervalSinceReferenceDate / step).rounded(.up) * step, start + 1800)
        return DateInterval(start: Date(timeIntervalSinceReferenceDate: start), end: Date(timeIntervalSinceReferenceDate: end))
    }
}
