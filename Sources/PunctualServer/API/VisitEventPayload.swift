import Foundation
import Punctual
import PunctualCore

/// The body of `POST /v1/me/visits/{job}/events`.
struct VisitEventPayload: Codable {
    struct PartUsed: Codable {
        var part: String
        var quantity: Int
    }

    /// `en_route`, `arrived`, `started`, `paused`, `running_over`, `completed` or `unable_to_complete`.
    var type: String
    /// When it happened; now when absent.
    var at: String?
    var parts_used: [PartUsed]?
    var notes: String?
    var reason: String?
    /// For `running_over`: about how many more minutes the work will take.
    var minutes_left: Int?

    func event(job: String, technician: String, idempotencyKey: String?, now: Date) throws -> VisitEvent {
        guard let kind = VisitEventKind(rawValue: type) else {
            throw APIError(.badRequest, "invalid_input", field: "type",
                           detail: "'\(type)' is not an event; use one of \(VisitEventKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if kind == .runningOver {
            guard let minutes = minutes_left else {
                throw APIError(.badRequest, "invalid_input", field: "minutes_left", detail: "running_over needs minutes_left, the minutes of work left")
            }
            guard (1...720).contains(minutes) else {
                throw APIError(.badRequest, "invalid_input", field: "minutes_left", detail: "\(minutes) is not between 1 and 720 minutes")
            }
        } else if minutes_left != nil {
            throw APIError(.badRequest, "invalid_input", field: "minutes_left", detail: "only a running_over report says how many minutes are left")
        }
        return VisitEvent(
            jobID: job, technicianID: technician, kind: kind, at: try at.map { try APITime.parse($0, field: "at") } ?? now,
            statusAfter: .scheduled, partsUsed: (parts_used ?? []).map { PartQuantity(part: $0.part, quantity: $0.quantity) },
            notes: notes, reason: reason, minutesLeft: minutes_left, idempotencyKey: idempotencyKey)
    }
}

/// The recorded event, as answered (201 when new, 200 for a replayed `Idempotency-Key`).
struct VisitEventResponse: Codable {
    var id: Int64
    var job_id: String
    var type: String
    var at: String
    var status: String
    var replayed: Bool

    init(_ event: VisitEvent, replayed: Bool, calendar: BusinessCalendar) {
        id = event.id ?? 0
        job_id = event.jobID
        type = event.kind.rawValue
        at = calendar.iso8601(event.at)
        status = event.statusAfter.rawValue
        self.replayed = replayed
    }
}
