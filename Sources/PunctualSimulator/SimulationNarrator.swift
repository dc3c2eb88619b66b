import Foundation
import Punctual
import PunctualCore
import PunctualImport
import Routing

/// Told what happens as a simulated day plays, for `punctual demo`'s running commentary. Every
/// method has a silent default, so a narrator implements only what it shows.
public protocol SimulationNarrator: Sendable {
    /// The business (team, parts, van stock) was imported.
    func imported(_ summary: ImportSummary)
    /// The requests of `date` were offered windows and booked (or declined).
    func booked(date: LocalDate, requests: Int, booked: Int, widthMinutes: Int)
    /// The morning's planning starts for `jobs` jobs: a callback for the search's progress, if wanted.
    func planning(jobs: Int) -> (@Sendable (SolverProgress) -> Void)?
    /// The morning plan was published.
    func planned(_ plan: Plan, date: LocalDate)
    /// A message left the outbox for a customer.
    func messageSent(_ message: Message, to customer: String, at now: Date)
    /// A customer answered by text.
    func customerReplied(_ customer: String, body: String, at now: Date)
    /// An emergency came in and was booked (or turned away).
    func emergency(jobID: String, bookedWith technician: String?, window: DateInterval?, at now: Date)
    /// Once an hour of simulated time, while technicians work.
    func hourPassed(_ now: Date)
    /// The day is over.
    func dayEnded(_ result: DayResult)
}

extension SimulationNarrator {
    public func imported(_ summary: ImportSummary) {}
    public func booked(date: LocalDate, requests: Int, booked: Int, widthMinutes: Int) {}
    public func planning(jobs: Int) -> (@Sendable (SolverProgress) -> Void)? { nil }
    public func planned(_ plan: Plan, date: LocalDate) {}
    public func messageSent(_ message: Message, to customer: String, at now: Date) {}
    public func customerReplied(_ customer: String, body: String, at now: Date) {}
    public func emergency(jobID: String, bookedWith technician: String?, window: DateInterval?, at now: Date) {}
    public func hourPassed(_ now: Date) {}
    public func dayEnded(_ result: DayResult) {}
}

/// Says nothing: `punctual simulate`.
public struct SilentNarrator: SimulationNarrator {
    public init() {}
}
