import Routing

/// The true optimum of a tiny problem by enumerating every assignment and order (≤ 7 free jobs),
/// judged by the independent checker: fewest unassigned priority first, then least cost.
enum ExhaustiveSearch {
    struct Optimum {
        var unassignedPriority: Int
        var cost: Int
    }

    static func optimum(_ problem: Problem) -> Optimum {
        var routes = problem.vehicles.map(\.fixedPrefix)
        let fixed = Set(routes.flatMap { $0 })
        let free = problem.jobs.indices.filter { !fixed.contains($0) }
        var best = Optimum(unassignedPriority: Int.max, cost: Int.max)
        func visit(_ k: Int, _ missing: Int) {
            if missing > best.unassignedPriority { return }
            if k == free.count {
                var cost = 0
                for v in routes.indices {
                    if routes[v].isEmpty { continue }
                    let r = ScheduleChecker.recompute(problem, vehicle: v, jobs: routes[v], prefixCount: problem.vehicles[v].fixedPrefix.count)
                    if !r.feasible { return }
                    cost += r.travelCost + max(0, r.endTime - problem.vehicles[v].shift.end) * problem.vehicles[v].overtimeCostPerSecond
                }
                if (missing, cost) < (best.unassignedPriority, best.cost) { best = Optimum(unassignedPriority: missing, cost: cost) }
                return
            }
            let j = free[k]
            visit(k + 1, missing + problem.jobs[j].priority)
            for v in routes.indices {
                for p in problem.vehicles[v].fixedPrefix.count...routes[v].count {
                    routes[v].insert(j, at: p)
                    visit(k + 1, missing)
                    routes[v].remove(at: p)
                }
            }
        }
        visit(0, 0)
        return best
    }
}
