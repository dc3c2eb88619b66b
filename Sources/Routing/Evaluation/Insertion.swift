/// A feasible place for a new job in an existing plan.
public struct Insertion: Sendable, Hashable, Codable {
    /// Index of the vehicle in `Problem.vehicles`.
    public var vehicle: Int
    /// Index in that vehicle's job list before which the job goes (the count appends).
    public var position: Int
    /// Added travel plus overtime cost.
    public var addedCost: Int
    /// How much later the technician could reach the new job and still keep every window after it
    /// and the shift end, seconds (breaks not counted).
    public var slack: Int
    /// When the technician would reach the new job, seconds.
    public var arrival: Int
    /// Added driving time, seconds.
    public var addedTravel: Int

    public init(vehicle: Int, position: Int, addedCost: Int, slack: Int, arrival: Int = 0, addedTravel: Int = 0) {
        self.vehicle = vehicle
        self.position = position
        self.addedCost = addedCost
        self.slack = slack
        self.arrival = arrival
        self.addedTravel = addedTravel
    }
}
