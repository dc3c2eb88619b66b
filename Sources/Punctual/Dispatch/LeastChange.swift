import Foundation
import struct Routing.InsertionQuery
import struct Routing.RouteEvaluator
import struct Routing.Solution
import struct Routing.Solver
import struct Routing.SolverConfiguration
import PunctualCore

/// Changes a day's routes as little as keeps its promises, for the adjust after a change by hand
/// (`DayReplanner`) and the re-plan of a slipped day (`DayRecovery`) alike. Every visit moved to
/// another technician is a customer told who is coming instead, and every route re-timed is a
/// day the technician must read again, so a search that reshuffles the whole day for a little
/// less driving is no help: routes keep their order, what no longer fits is inserted where it
/// costs least, a search runs only when that loses a promise and first only over the routes in
/// trouble, and whatever the search moved that can go back to its own technician goes back.
struct LeastChange {
    let model: DayModel
    /// The routes as they stand, on `model`: each visit's own technician.
    let current: [[Int]]
    /// A search's fixed amount of work, so the same day changes the same way on any machine.
    let iterations: Int
    let seed: UInt64
    /// When every search of this change must have stopped (a cap: the iterations normally end them sooner).
    let deadline: ContinuousClock.Instant

    /// Each route keeps its order and gives up the visits that stop it working (`DayReplanner.workable`);
    /// those go where they cost least, a visit without a promise making room for a promise.
    func inserted(published: Plan?) -> Solution {
        let evaluator = RouteEvaluator(problem: model.problem)
        var routes = current
        for v in routes.indices {
            routes[v] = DayReplanner.workable(routes[v], vehicle: v, model: model, published: published, evaluator: evaluator)
        }
        return DayReplanner.makeRoomForPromises(DayReplanner.insert(model.problem, routes), model: model)
    }

    /// A search from `solution`. With `troubled`, only the visits of the routes (as they stand)
    /// holding one of those jobs may change hands, and every route may change order; without, any
    /// visit may move. Nil when no time is left.
    func searched(from solution: Solution, troubled: Set<Int>?) -> Solution? {
        let seconds = ContinuousClock.now.duration(to: deadline).timeInterval
        guard seconds > 0 else { return nil }
        var problem = model.problem
        if let troubled {
            var jobs = problem.jobs
            for (v, route) in current.enumerated() where !route.contains(where: troubled.contains) {
                for j in route where jobs[j].pinnedVehicle == nil { jobs[j].pinnedVehicle = v }
            }
            guard let pinned = try? problem.replacingJobs(jobs) else { return nil }
            problem = pinned
        }
        let found = Solver(configuration: SolverConfiguration(timeLimit: seconds, iterationLimit: iterations, seed: seed))
            .solve(problem, startingFrom: solution.routes.map(\.jobs))
        return Solution(problem: model.problem, routes: found.routes.map(\.jobs))
    }

    /// `solution` with every visit it moved to another technician put back on its own technician's
    /// route wherever that still works: a search moves visits for a little less driving as readily
    /// as to keep a promise, and only the second is worth a customer's text.
    func movedBack(_ solution: Solution) -> Solution {
        let query = InsertionQuery(problem: model.problem)
        let evaluator = RouteEvaluator(problem: model.problem)
        let home = current.enumerated().reduce(into: [Int: Int]()) { owner, route in
            for j in route.element { owner[j] = route.offset }
        }
        var routes = solution.routes.map(\.jobs)
        for v in routes.indices {
            let fixed = model.problem.vehicles[v].fixedPrefix.count
            for j in routes[v].dropFirst(fixed) {
                guard let w = home[j], w != v, let k = routes[v].firstIndex(of: j) else { continue }
                var trial = routes
                trial[v].remove(at: k)
                guard let insertion = query.insertions(of: j, into: trial, vehicle: w).first else { continue }
                trial[w].insert(j, at: insertion.position)
                if evaluator.isFeasible(vehicle: w, jobs: trial[w]) && evaluator.isFeasible(vehicle: v, jobs: trial[v]) { routes = trial }
            }
        }
        return Solution(problem: model.problem, routes: routes)
    }
}
