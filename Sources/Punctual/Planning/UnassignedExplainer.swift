import Foundation
import enum Routing.UnassignedReason
import PunctualCore

/// Turns the solver's reason for leaving a job out into words a dispatcher can act on: which skill
/// nobody has, which part no van carries, which window nobody can reach.
struct UnassignedExplainer {
    let model: DayModel

    func reason(for job: Job, _ cause: UnassignedReason) -> String {
        let skilled = model.technicians.filter { Set(job.skills).isSubset(of: $0.skills) }
        switch cause {
        case .noTechnicianWithSkills:
            let everyone = Set(model.technicians.flatMap(\.skills))
            let missing = job.skills.filter { !everyone.contains($0) }
            if missing.count == 1 { return "no technician has the skill '\(missing[0])'" }
            if !missing.isEmpty { return "no technician has the skills " + missing.map { "'\($0)'" }.joined(separator: ", ") }
            return "no technician has all of the skills " + job.skills.map { "'\($0)'" }.joined(separator: ", ") + " together"
        case .partsExceedEveryVan:
            let needs = job.parts.map { "\($0.quantity)× \($0.part)" }.joined(separator: ", ")
            return "needs \(needs); no van of a technician with the skills (\(Self.names(skilled))) carries that, "
                + "and none of them starts at the depot to load it"
        case .windowUnreachable:
            if let window = job.promisedWindow, model.notBeforeSeconds > 0, model.seconds(window.end) < model.notBeforeSeconds {
                return "its promised window \(model.snapshot.calendar.localRange(window)) has passed and no visit started"
            }
            return "no technician with the skills (\(Self.names(skilled))) can reach it \(when(job)) "
                + "and finish within their shift"
        case .noRoom:
            let who = Self.names(skilled)
            if job.promisedWindow != nil {
                return "the technicians who could do it (\(who)) are already committed \(when(job)) "
                    + "to other promised visits"
            }
            return "no room left \(when(job)) for a \(job.priority.rawValue)-priority job: the technicians "
                + "who could do it (\(who)) are full with more urgent or promised work"
        }
    }

    /// "09:00–10:00", "between 13:00–17:00", or "today".
    private func when(_ job: Job) -> String {
        let calendar = model.snapshot.calendar
        if let window = job.promisedWindow { return "inside \(calendar.localRange(window))" }
        if !job.availability.isEmpty {
            return "while the customer is available (" + job.availability.map { calendar.localRange($0).description }
                .joined(separator: ", ") + ")"
        }
        return "today"
    }

    static func names(_ technicians: [Technician], limit: Int = 4) -> String {
        let ids = technicians.map(\.id)
        if ids.count <= limit { return ids.joined(separator: ", ") }
        return ids.prefix(limit).joined(separator: ", ") + " and \(ids.count - limit) more"
    }
}
