import Foundation

/// One version of the day's plan for a local date: routes per technician, the jobs left out and
/// why. Versions are kept; at most one per date is published, and that is what technicians see.
public struct Plan: Codable, Hashable, Sendable, Identifiable {
    public enum State: String, Codable, Sendable { case draft, published, superseded }

    public var id: Int64?
    public var date: LocalDate
    /// 1, 2, ... per date, in order of creation.
    public var version: Int
    public var state: State
    public var createdAt: Date
    /// The solver's objective value, for comparing versions.
    public var cost: Double
    public var visits: [PlanVisit]
    public var unassigned: [UnassignedJob]
    /// Per technician with visits: totals, breaks and the parts checklist.
    public var routes: [PlanRoute]
    /// Where the travel times came from, e.g. `great-circle`.
    public var travelSource: String
    /// What the dispatcher should know about how the plan was made.
    public var warnings: [String]

    public init(
        id: Int64? = nil, date: LocalDate, version: Int, state: State, createdAt: Date, cost: Double,
        visits: [PlanVisit], unassigned: [UnassignedJob], routes: [PlanRoute] = [],
        travelSource: String = "great-circle", warnings: [String] = []
    ) {
        self.id = id
        self.date = date
        self.version = version
        self.state = state
        self.createdAt = createdAt
        self.cost = cost
        self.visits = visits
        self.unassigned = unassigned
        self.routes = routes
        self.travelSource = travelSource
        self.warnings = warnings
    }

    /// The visits of one technician, in route order.
    public func visits(of technicianID: String) -> [PlanVisit] {
        visits.filter { $0.technicianID == technicianID }.sorted { $0.sequence < $1.sequence }
    }
}
