/// Where a technician is and what they are doing when a fixed route is scheduled from now on.
public struct StartState: Sendable, Hashable, Codable {
    /// Matrix index of the current position (or of the job being served).
    public var location: Int
    /// Now, seconds.
    public var time: Int
    /// Service still to do at `location` before leaving, seconds (0 when travelling or idle).
    public var remainingService: Int
    /// How many of the vehicle's breaks (in window order) are already taken.
    public var breaksTaken: Int

    public init(location: Int, time: Int, remainingService: Int = 0, breaksTaken: Int = 0) {
        self.location = location
        self.time = time
        self.remainingService = remainingService
        self.breaksTaken = breaksTaken
    }
}
