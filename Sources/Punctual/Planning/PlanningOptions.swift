import PunctualCore
/// How long and with which seed `Planner` searches.
public struct PlanningOptions: Sendable, Hashable {
    /// Search time, seconds.
    public var timeLimit: Double
    /// Iteration cap, for reproducible runs (tests); nil searches until the time limit.
    public var iterationLimit: Int?
    public var seed: UInt64

    public init(timeLimit: Double = 10, iterationLimit: Int? = nil, seed: UInt64 = 1) {
        self.timeLimit = timeLimit
        self.iterationLimit = iterationLimit
        self.seed = seed
    }
}
