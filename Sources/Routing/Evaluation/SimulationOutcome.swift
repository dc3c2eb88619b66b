/// The totals of one simulated route.
struct SimulationOutcome {
    /// Every window, break, shift and return limit held (fixed-prefix windows are not checked).
    var feasible: Bool
    /// Arrival back at the end location (after any break taken there), seconds.
    var endTime: Int
    /// Sum of travel cost per the cost basis.
    var travelCost: Int
    /// Sum of travel durations, seconds.
    var travelDuration: Int
    /// Sum over visits of how late service started after its window closed, seconds (soft mode).
    var lateness: Int
}
