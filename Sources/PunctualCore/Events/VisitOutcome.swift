import Foundation

/// A visit's arrival and completion as they happened, beside the plan and the tracker's last
/// prediction before arrival: the raw material of a prediction-error report.
public struct VisitOutcome: Hashable, Sendable {
    public var jobID: String
    public var technicianID: String
    public var plannedArrival: Date?
    public var predictedArrival: Date?
    public var arrivedAt: Date?
    public var plannedEnd: Date?
    public var completedAt: Date?

    public init(jobID: String, technicianID: String, plannedArrival: Date?, predictedArrival: Date?, arrivedAt: Date?,
                plannedEnd: Date?, completedAt: Date?) {
        self.jobID = jobID
        self.technicianID = technicianID
        self.plannedArrival = plannedArrival
        self.predictedArrival = predictedArrival
        self.arrivedAt = arrivedAt
        self.plannedEnd = plannedEnd
        self.completedAt = completedAt
    }

    /// Actual minus predicted arrival, seconds (positive: later than predicted).
    public var arrivalPredictionError: Double? {
        guard let predictedArrival, let arrivedAt else { return nil }
        return arrivedAt.timeIntervalSince(predictedArrival)
    }
}
