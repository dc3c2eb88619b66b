/// Builds and improves a `Solution` for a `Problem`.
///
/// Construction inserts every job greedily; then simulated annealing over SISR ruin-and-recreate
/// runs until a limit. Fixed prefixes stay as they are, hard constraints always hold, and the
/// result is the best solution met.
public struct Solver: Sendable {
    public var configuration: SolverConfiguration
    /// Called from the solving thread every ~1000 iterations, on improvement, and once at the end.
    public var progress: (@Sendable (SolverProgress) -> Void)?

    public init(configuration: SolverConfiguration = SolverConfiguration(),
                progress: (@Sendable (SolverProgress) -> Void)? = nil) {
        self.configuration = configuration
        self.progress = progress
    }

    /// Solves from scratch.
    public func solve(_ problem: Problem) -> Solution {
        solve(problem, startingFrom: [])
    }

    /// Solves starting from an existing plan (job lists per vehicle, fixed prefixes included or
    /// not): its jobs are kept in order where still feasible, the rest inserted greedily, then the
    /// search improves the whole. Re-planning this way keeps the plan stable when little changed.
    public func solve(_ problem: Problem, startingFrom initial: [[Int]]) -> Solution {
        let data = ProblemData(problem)
        var rng = SplitMix64(seed: configuration.seed)
        var state = SearchState(data: data)
        for (v, jobs) in initial.enumerated() where v < data.vehicleCount {
            for j in jobs where j >= 0 && j < data.jobCount && state.jobRoute[j] < 0 {
                let route = state.routes[v]
                guard data.canServe(j, v), data.fits(j, v, route.load),
                      route.insertionDelta(j, at: route.jobs.count, data) != nil else { continue }
                state.routes[v].insert(j, at: route.jobs.count, data)
                state.jobRoute[j] = v
            }
        }
        let jobRoute = state.jobRoute
        state.unassigned.removeAll { jobRoute[$0] >= 0 }
        var jobs = state.unassigned
        state.unassigned.removeAll()
        var search = RuinAndRecreate()
        search.initialTemperature = configuration.initialTemperature
        search.finalTemperature = configuration.finalTemperature
        search.ruin.averageRemoved = configuration.averageRemoved
        var keys = [Int](repeating: 0, count: data.jobCount)
        search.order(&jobs, .random, data, &rng, &keys)
        var touched: [Int] = []
        var isTouched = [Bool](repeating: false, count: data.vehicleCount)
        var classStamp = [Int](repeating: 0, count: data.vehicleCount + 1)
        var stamp = 0
        BlinkInsertion(blinkRate: 0).recreate(jobs, into: &state, data, &rng, touched: &touched, isTouched: &isTouched,
                                              classStamp: &classStamp, stamp: &stamp)
        let limit = configuration.timeLimit ?? (configuration.iterationLimit == nil ? 0 : nil)
        let outcome = search.run(state, data, &rng, timeLimit: limit, iterationLimit: configuration.iterationLimit,
                                 progress: progress)
        return Solution(data: data, routes: outcome.best.routes.map(\.jobs), iterations: outcome.iterations,
                        elapsedSeconds: outcome.elapsedSeconds)
    }
}
