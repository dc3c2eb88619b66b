import Foundation

/// The promise ledger of one date: an order of visits per technician that keeps every window
/// promised for that date, proved feasible when the last promise was accepted.
///
/// Booking evaluates a new window against it and stores it again with the new visit inserted, in
/// the transaction that makes the promise; publishing a plan replaces it with the plan's routes;
/// the morning's planner starts from it. So what booking proved can be kept is never forgotten
/// between the evening's last booking and the morning's plan.
public struct DayCommitments: Hashable, Sendable {
    public var date: LocalDate
    /// Job ids in visiting order, by technician id; technicians without visits are absent.
    public var routes: [String: [String]]

    public init(date: LocalDate, routes: [String: [String]] = [:]) {
        self.date = date
        self.routes = routes.filter { !$0.value.isEmpty }
    }

    public var isEmpty: Bool { routes.isEmpty }

    /// Every job the ledger holds.
    public var jobIDs: Set<String> { Set(routes.values.joined()) }

    /// The ledger of `plan`'s routes.
    public init(plan: Plan) {
        var routes: [String: [String]] = [:]
        for visit in plan.visits.sorted(by: { ($0.technicianID, $0.sequence) < ($1.technicianID, $1.sequence) }) {
            routes[visit.technicianID, default: []].append(visit.jobID)
        }
        self.init(date: plan.date, routes: routes)
    }
}
