/// Which matrix the travel part of the objective sums.
public enum CostBasis: String, Sendable, Hashable, Codable {
    /// Sum of travel durations, seconds.
    case duration
    /// Sum of travel distances, in the distance matrix's unit.
    case distance
}
