import PunctualCore
/// Travel between every pair of a list of points: what the optimizer sees of the road network.
public struct TravelMatrix: Sendable, Equatable {
    /// Number of points; both matrices are `count × count`.
    public let count: Int
    /// Driving time from row to column, in whole seconds, row-major.
    public let durations: [Int]
    /// Driving distance from row to column, in whole metres, row-major.
    public let distances: [Int]

    public init(count: Int, durations: [Int], distances: [Int]) {
        precondition(durations.count == count * count && distances.count == count * count,
                     "a travel matrix for \(count) points needs \(count * count) entries")
        self.count = count
        self.durations = durations
        self.distances = distances
    }

    public func duration(from origin: Int, to destination: Int) -> Int { durations[origin * count + destination] }
    public func distance(from origin: Int, to destination: Int) -> Int { distances[origin * count + destination] }
}
