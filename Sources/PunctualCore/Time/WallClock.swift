import Foundation

/// Where "now" comes from. Every service that decides by the time of day (planning, booking, the
/// tracker, the responder, the outbox, the server) is handed one, so a test, a replay or the
/// simulator sets the present instead of reading the machine's clock.
public struct WallClock: Sendable {
    public let now: @Sendable () -> Date

    public init(_ now: @escaping @Sendable () -> Date) {
        self.now = now
    }

    /// `clock()` reads as "now" at the call site.
    public func callAsFunction() -> Date { now() }

    /// The machine's clock: production.
    public static let system = WallClock { Date() }

    /// Always `instant`: tests and one-off commands run "as of" a moment.
    public static func fixed(_ instant: Date) -> WallClock { WallClock { instant } }
}
