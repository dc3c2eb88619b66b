/// A snapshot of a running search, for progress bars and logs.
public struct SolverProgress: Sendable, Hashable {
    /// Iterations done so far.
    public var iteration: Int
    /// Time since the solve started, seconds.
    public var elapsedSeconds: Double
    /// Share of the budget used, 0…1 (the larger of time and iteration shares).
    public var fraction: Double
    /// Travel plus overtime cost of the best solution so far.
    public var bestCost: Int
    /// Jobs served by the best solution so far.
    public var assignedCount: Int
    /// Sum of priorities of the jobs the best solution leaves out.
    public var unassignedPriority: Int
}
