/// Limits and seed of a solve.
///
/// The search stops at whichever limit comes first. With an iteration limit the search (including
/// its annealing schedule) depends only on the seed, so results are identical run to run; with
/// only a time limit they depend on machine speed.
public struct SolverConfiguration: Sendable, Hashable {
    /// Wall-clock budget, seconds; `nil` for none (with no iteration limit either, the solver
    /// returns its greedy construction).
    public var timeLimit: Double?
    /// Maximum ruin-and-recreate iterations; `nil` for none.
    public var iterationLimit: Int?
    /// Seed of every random choice.
    public var seed: UInt64
    /// Initial annealing temperature, as a multiple of the initial solution's mean arc cost.
    public var initialTemperature: Double
    /// Final annealing temperature, same unit.
    public var finalTemperature: Double
    /// Average number of jobs removed per iteration.
    public var averageRemoved: Double

    public init(
        timeLimit: Double? = 5, iterationLimit: Int? = nil, seed: UInt64 = 1,
        initialTemperature: Double = 6.0, finalTemperature: Double = 0.03, averageRemoved: Double = 10
    ) {
        self.timeLimit = timeLimit
        self.iterationLimit = iterationLimit
        self.seed = seed
        self.initialTemperature = initialTemperature
        self.finalTemperature = finalTemperature
        self.averageRemoved = averageRemoved
    }
}
