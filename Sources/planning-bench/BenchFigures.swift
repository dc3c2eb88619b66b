/// What one planned day measured: the plan's quality and where the time went.
struct BenchFigures: Sendable {
    var day: String
    var date: String
    var technicians: Int
    var jobs: Int
    var timeLimit: Double
    var served: Int
    var unassigned: Int
    var brokenPromises: Int
    var travelHours: Double
    var overtimeMinutes: Int
    /// Search iterations the solver made.
    var iterations: Int
    /// Wall time of `Planner.plan` (model, search, assembling the plan), seconds.
    var planSeconds: Double
    /// Phases, seconds.
    var phases: Phases

    struct Phases: Sendable {
        /// Reading the spreadsheets into the store (not part of planning).
        var importing: Double
        /// `store.daySnapshot(on:)`.
        var snapshot: Double
        /// The travel matrix over the day's points, inside a separate `DayModel` build.
        var matrix: Double
        /// That `DayModel` build in all, matrix included.
        var model: Double
        /// The solver's own search time, inside `planSeconds`.
        var search: Double
        /// `planSeconds` outside the search: model, warm start, assembly, explanations, proposals.
        var aroundSearch: Double
        /// `PlanReportBuilder` on the plan.
        var report: Double
    }
}
