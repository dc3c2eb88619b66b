import Foundation
import PunctualCore

/// A window that can be promised for a job: who would likely take it, what it adds to their day,
/// and how likely the technician is to arrive inside it.
public struct WindowOffer: Hashable, Sendable {
    public var jobID: String
    public var date: LocalDate
    public var window: DateInterval
    /// The technician the insertion puts it with (the plan may still move it).
    public var technicianID: String
    public var technicianName: String
    /// Driving the job adds to that technician's day, seconds.
    public var addedTravelSeconds: Int
    /// When the technician would be at the door, as inserted (not before the window opens).
    public var plannedArrival: Date
    /// Estimated probability of arriving inside the window, from the slack the insertion leaves
    /// against the spread of the travel and work before it.
    public var onTimeProbability: Double

    public init(jobID: String, date: LocalDate, window: DateInterval, technicianID: String, technicianName: String,
                addedTravelSeconds: Int, plannedArrival: Date, onTimeProbability: Double) {
        self.jobID = jobID
        self.date = date
        self.window = window
        self.technicianID = technicianID
        self.technicianName = technicianName
        self.addedTravelSeconds = addedTravelSeconds
        self.plannedArrival = plannedArrival
        self.onTimeProbability = onTimeProbability
    }

    /// Best first: surely kept beats likely kept (in steps of 5 %), then less driving, then earlier.
    public static func isBetter(_ a: WindowOffer, than b: WindowOffer) -> Bool {
        let pa = (a.onTimeProbability * 20).rounded(.down), pb = (b.onTimeProbability * 20).rounded(.down)
        if pa != pb { return pa > pb }
        if a.addedTravelSeconds / 60 != b.addedTravelSeconds / 60 { return a.addedTravelSeconds < b.addedTravelSeconds }
        return a.window.start < b.window.start
    }
}
