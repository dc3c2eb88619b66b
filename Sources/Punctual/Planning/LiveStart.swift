import Foundation
import PunctualCore

/// Where a technician's day stands when the rest of it is planned again: where they are, when they
/// are free to go on (now, or when the work on site is expected to end), whether the break is
/// behind them, and what the visits behind them took from the van.
///
/// A day re-planned from the morning's route at planned durations pretends the technician is where
/// the plan said they would be; one re-planned from here starts from the truth.
public struct LiveStart: Sendable, Hashable {
    public var location: GeoPoint
    public var readyAt: Date
    public var breakTaken: Bool
    /// Parts by id that the visits already reached (done or under way) take from the van.
    public var partsUsed: [String: Int]

    public init(location: GeoPoint, readyAt: Date, breakTaken: Bool, partsUsed: [String: Int] = [:]) {
        self.location = location
        self.readyAt = readyAt
        self.breakTaken = breakTaken
        self.partsUsed = partsUsed
    }
}
