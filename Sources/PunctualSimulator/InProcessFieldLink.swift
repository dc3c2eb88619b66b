import Foundation
import Messaging
import Punctual
import PunctualCore
import PunctualServer

/// Reaches Punctual through the services behind the HTTP handlers, without sockets: the fastest way
/// to play many days, and the same tracking, re-dispatch and messaging code.
public struct InProcessFieldLink: FieldLink {
    public let services: APIServices

    public init(services: APIServices) {
        self.services = services
    }

    public func postPositions(_ fixes: [PositionFix], technician: String) async throws {
        try await services.intake.accept(fixes, from: technician, now: services.clock())
    }

    public func postProgress(_ report: ProgressReport, technician: String) async throws {
        let event = VisitEvent(jobID: report.job, technicianID: technician, kind: report.kind, at: report.at, statusAfter: .scheduled,
                               partsUsed: report.partsUsed, notes: report.notes, reason: report.reason, minutesLeft: report.minutesLeft,
                               idempotencyKey: report.idempotencyKey)
        _ = try services.progress.report(event, now: services.clock())
    }

    public func remainingRoute(technician: String, date: LocalDate) async throws -> RemainingRoute {
        guard let day = try services.store.technicianDays(on: date, technician: technician).first else { return RemainingRoute(jobs: []) }
        // The day already carries the planned break's start: no need to assemble the whole plan.
        let breakAfter = day.plannedBreakStart.flatMap { PlannedBreak.stop(before: $0, in: day)?.job.id }
        return RemainingRoute(jobs: day.stops.filter { !$0.job.status.isClosed }.map(\.job.id),
                              breakAfter: breakAfter, breakStart: day.plannedBreakStart)
    }

    public func customerTexts(from phone: String, body: String) async throws {
        _ = try SMSWebhook(store: services.store).receive([("From", phone), ("Body", body)], now: services.clock())
    }
}
