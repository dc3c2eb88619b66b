import Foundation

/// One technician's day in a plan, beyond its visits: when it starts and ends, what it costs,
/// the breaks and the parts checklist.
public struct PlanRoute: Codable, Hashable, Sendable {
    public var technicianID: String
    /// Departure from the start location.
    public var departure: Date
    /// Back at the end location.
    public var end: Date
    public var travelSeconds: Int
    public var distanceMetres: Int
    /// Time past the shift end, seconds.
    public var overtimeSeconds: Int
    public var breaks: [DateInterval]
    public var checklist: [PartChecklistItem]

    public init(technicianID: String, departure: Date, end: Date, travelSeconds: Int, distanceMetres: Int,
                overtimeSeconds: Int, breaks: [DateInterval], checklist: [PartChecklistItem]) {
        self.technicianID = technicianID
        self.departure = departure
        self.end = end
        self.travelSeconds = travelSeconds
        self.distanceMetres = distanceMetres
        self.overtimeSeconds = overtimeSeconds
        self.breaks = breaks
        self.checklist = checklist
    }
}
