/// A technician's daily break: how long it lasts and the local times between which it must start.
public struct BreakRule: Codable, Hashable, Sendable {
    public var minutes: Int
    public var earliestStart: TimeOfDay
    public var latestStart: TimeOfDay

    public init(minutes: Int, earliestStart: TimeOfDay, latestStart: TimeOfDay) {
        self.minutes = minutes
        self.earliestStart = earliestStart
        self.latestStart = latestStart
    }
}
