/// Evaluates one vehicle's route at a time against a problem whose data is built once: for callers
/// that try many candidate routes (a published plan adjusted by hand), where evaluating a whole
/// `Solution` each time would also explain every job left off the route.
public struct RouteEvaluator: Sendable {
    let data: ProblemData

    public init(problem: Problem) {
        data = ProblemData(problem, withNeighbours: false)
    }

    /// Vehicle `vehicle` driving `jobs` (its fixed prefix first), as `Solution` would report it.
    public func route(vehicle: Int, jobs: [Int]) -> Route {
        Solution.route(vehicle, jobs: jobs, data: data)
    }

    public func isFeasible(vehicle: Int, jobs: [Int]) -> Bool {
        route(vehicle: vehicle, jobs: jobs).isFeasible
    }
}
