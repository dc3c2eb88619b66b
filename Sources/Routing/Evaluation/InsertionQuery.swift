/// Ranks the feasible insertions of one new job into a set of routes: the basis of booking (which
/// windows can be offered) and re-dispatch (who can still take a job).
public struct InsertionQuery: Sendable {
    let data: ProblemData

    public init(problem: Problem) {
        data = ProblemData(problem, withNeighbours: false)
    }

    /// Every feasible insertion of `job` into `routes` (job lists indexed by vehicle, fixed prefixes
    /// included; missing vehicles count as empty), cheapest first, then largest slack. Positions
    /// inside a fixed prefix are never offered. With `vehicle`, only into that vehicle's route.
    public func insertions(of job: Int, into routes: [[Int]], vehicle only: Int? = nil) -> [Insertion] {
        var result: [Insertion] = []
        for v in only.map({ [$0] }) ?? Array(0..<data.vehicleCount) where data.canServe(job, v) {
            var route = SearchRoute(vehicle: v, data: data)
            if v < routes.count, routes[v] != route.jobs {
                route.jobs = routes[v]
                route.update(data)
            }
            if route.jobs.contains(job) || !data.fits(job, v, route.load) { continue }
            let start = route.jobs.starts(with: data.vehPrefix[v]) ? route.prefixCount : 0
            for p in start...route.jobs.count {
                guard let delta = route.insertionDelta(job, at: p, data) else { continue }
                var after = route
                after.insert(job, at: p, data)
                let prevLoc = p == 0 ? data.vehStart[v] : data.jobLoc[after.jobs[p - 1]]
                let nextLoc = p == route.jobs.count ? data.vehEnd[v] : data.jobLoc[route.jobs[p]]
                let jobLoc = data.jobLoc[job]
                let arrival = after.depart[p] + data.d(prevLoc, jobLoc)
                let travel = data.d(prevLoc, jobLoc) + data.d(jobLoc, nextLoc) - (route.jobs.isEmpty ? 0 : data.d(prevLoc, nextLoc))
                result.append(Insertion(vehicle: v, position: p, addedCost: delta, slack: after.latestArrival[p + 1] - arrival,
                                        arrival: arrival, addedTravel: travel))
            }
        }
        result.sort { ($0.addedCost, -$0.slack, $0.vehicle, $0.position) < ($1.addedCost, -$1.slack, $1.vehicle, $1.position) }
        return result
    }
}
