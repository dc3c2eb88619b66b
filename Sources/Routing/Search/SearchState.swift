/// A complete assignment during the search: one route per vehicle and the jobs left out.
struct SearchState {
    var routes: [SearchRoute]
    /// Route (= vehicle) index of each job, or -1 when unassigned.
    var jobRoute: [Int]
    /// Jobs currently unassigned, in no particular order.
    var unassigned: [Int]

    /// Every vehicle with its fixed prefix and nothing else; all other jobs unassigned.
    init(data: ProblemData) {
        routes = (0..<data.vehicleCount).map { SearchRoute(vehicle: $0, data: data) }
        jobRoute = Array(repeating: -1, count: data.jobCount)
        unassigned = []
        unassigned.reserveCapacity(data.jobCount)
        for r in routes { for j in r.jobs { jobRoute[j] = r.vehicle } }
        for j in 0..<data.jobCount where jobRoute[j] < 0 { unassigned.append(j) }
    }

    /// Travel plus overtime plus the unassigned penalty.
    func cost(_ data: ProblemData) -> Int {
        var total = 0
        for r in routes { total += r.cost }
        for j in unassigned { total += data.jobPenalty[j] }
        return total
    }

    /// Makes `self` equal to `other` on the given routes and jobs, without reallocating.
    mutating func restore(from other: SearchState, routes touched: [Int], jobs: [Int]) {
        for r in touched { routes[r].assign(from: other.routes[r]) }
        for j in jobs { jobRoute[j] = other.jobRoute[j] }
        unassigned.removeAll(keepingCapacity: true)
        unassigned.append(contentsOf: other.unassigned)
    }

    /// Removes the job at `position` of route `r` (never a fixed-prefix job).
    mutating func remove(route r: Int, position: Int) -> Int {
        let j = routes[r].jobs.remove(at: position)
        jobRoute[j] = -1
        return j
    }
}
