/// One visit to be made by exactly one technician, or left unassigned at a price.
public struct Job: Sendable, Hashable, Codable {
    /// Index of the job's place in the problem's travel matrices.
    public var location: Int
    /// Time spent on site once service starts, seconds.
    public var serviceDuration: Int
    /// The windows in which service may start; one suffices. Empty means any time.
    public var windows: [TimeWindow]
    /// Skills the technician must all have.
    public var requiredSkills: Set<String>
    /// Parts consumed, one entry per part dimension of the problem (missing entries count as 0).
    public var demand: [Int]
    /// Weight of leaving the job unassigned (≥ 1); serving one job of priority 2 is worth more
    /// than any amount of travel, and as much as serving two jobs of priority 1.
    public var priority: Int
    /// Index of the only vehicle allowed to serve this job, if pinned.
    public var pinnedVehicle: Int?

    public init(
        location: Int,
        serviceDuration: Int = 0,
        windows: [TimeWindow] = [],
        requiredSkills: Set<String> = [],
        demand: [Int] = [],
        priority: Int = 1,
        pinnedVehicle: Int? = nil
    ) {
        self.location = location
        self.serviceDuration = serviceDuration
        self.windows = windows
        self.requiredSkills = requiredSkills
        self.demand = demand
        self.priority = priority
        self.pinnedVehicle = pinnedVehicle
    }
}
