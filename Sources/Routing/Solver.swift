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

    public func solve(_ problem: Problem) -> Solution {
        let data = ProblemData(problem)
        var rng = SplitMix64(seed: configuration.seed)
        var state = SearchState(data: data)
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
