import Foundation
import Punctual
import PunctualCore

/// What a roster change did to the days it touched, as the dispatcher reads it.
enum RosterOutput {
    static func print(_ outcome: RosterDesk.Outcome, store: Store) throws {
        let calendar = try store.requireProfile().calendar
        guard !outcome.days.isEmpty else {
            Swift.print("no planned or promised day was affected")
            return
        }
        for (date, plan, report) in outcome.days {
            Swift.print("\(date): plan version \(plan.version) published; \(report.summary)")
            PlanChangesText.lines(report.changes, calendar: calendar, told: Set(report.notices.map(\.jobID)))
                .forEach { Swift.print("  " + $0) }
        }
        let open = try store.inbox().count
        if open > 0 { Swift.print("\(open) item(s) in the inbox need a person: punctual inbox") }
    }
}

/// The lines of a plan's changes: handovers, new arrivals, broken promises, and who is (or would be) told.
enum PlanChangesText {
    static func lines(_ changes: PlanChanges, calendar: BusinessCalendar, told: Set<String>, tense: String = "told") -> [String] {
        var lines: [String] = []
        for handover in changes.handovers {
            lines.append("\(handover.jobID): \(handover.from) → \(handover.to)" + (told.contains(handover.jobID) ? " (customer \(tense))" : ""))
        }
        for retime in changes.retimes {
            lines.append("\(retime.jobID): \(retime.technicianID) arrives about \(calendar.local(retime.to).time) instead of \(calendar.local(retime.from).time)")
        }
        for id in changes.added { lines.append("\(id): newly on a route") }
        for id in changes.broken {
            lines.append("\(id): its promise cannot be kept" + (told.contains(id) ? " (customer \(tense), with new times)" : ""))
        }
        for id in changes.leftOut { lines.append("\(id): left out (no promise)") }
        return lines
    }
}
