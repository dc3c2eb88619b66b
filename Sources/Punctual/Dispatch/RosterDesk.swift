import Foundation
import PunctualCore

/// The dispatcher's changes to who works when: a technician off sick or leaving early, a different
/// shift for one day, a new technician, one who leaves. A change that touches a day already planned
/// or promised plans that day again at once: the visits go to others who can keep their windows,
/// the customers whose technician changes are told who comes instead, and a promise nobody can keep
/// goes through the broken-promise path (numbered new times to the customer, an item in the inbox).
public struct RosterDesk: Sendable {
    public let store: Store
    public var replanner: DayReplanner

    public init(store: Store, replanner: DayReplanner = DayReplanner()) {
        self.store = store
        self.replanner = replanner
    }

    /// What a roster change did to the days it touched.
    public struct Outcome: Sendable {
        /// Each day planned again, with what publishing it did.
        public var days: [(date: LocalDate, plan: Plan, report: Publisher.Report)] = []
    }

    /// `technicianID` is away on `date` from `from` (default: the start of the day) until `until`
    /// (default: the end of it).
    @discardableResult
    public func absent(_ technicianID: String, on date: LocalDate, from: TimeOfDay? = nil, until: TimeOfDay? = nil,
                       actor: String, reason: String = "", now: Date) throws -> Outcome {
        let (technician, existing) = try checkDay(technicianID, date, now: now)
        let away = TimeOfDayRange(start: from ?? .midnight, end: until ?? .endOfDay)
        guard away.start < away.end else {
            throw DeskError.invalid(field: "until", detail: "\(away.end) is not after the absence's start \(away.start)")
        }
        let shift = existing?.shift ?? technician.shift
        guard away.overlaps(shift) else { throw DeskError.outsideShift(technician: technicianID, date: date, away: away, shift: shift) }
        var change = existing ?? TechnicianDayChange(technicianID: technicianID, date: date)
        change.away = away
        change.reason = reason
        let whole = change.apply(to: technician) == nil
        if whole {
            // A whole day away cannot undo what they have already done that day.
            if let done = try workedAlready(technicianID, on: date) {
                let calendar = try store.requireProfile().calendar
                throw DeskError.invalid(field: "from", detail: "\(technicianID) has already worked on \(date) (\(done)); "
                                        + "record the absence from a later time, e.g. --from \(calendar.local(now).time)")
            }
        }
        let detail = whole ? "absent all day \(date)" : "absent \(date) \(away.start)-\(away.end == .endOfDay ? "end of day" : away.end.description)"
        try store.saveDayChange(change, audit: AuditEntry(at: now, actor: actor, action: "technician.absent", technicianID: technicianID,
                                                          detail: detail, reason: reason))
        return try replanAffected(technicianID, dates: [date], actor: actor, reason: "\(technicianID) \(detail)", now: now)
    }

    /// `technicianID` works `shift` on `date` instead of their usual hours.
    @discardableResult
    public func shift(_ technicianID: String, on date: LocalDate, _ shift: TimeOfDayRange, actor: String, reason: String = "",
                      now: Date) throws -> Outcome {
        let (technician, existing) = try checkDay(technicianID, date, now: now)
        var change = existing ?? TechnicianDayChange(technicianID: technicianID, date: date)
        change.shift = shift
        if !reason.isEmpty { change.reason = reason }
        try store.saveDayChange(change, audit: AuditEntry(at: now, actor: actor, action: "technician.shift", technicianID: technicianID,
                                                          detail: "shift \(date) \(technician.shift) → \(shift)", reason: reason))
        return try replanAffected(technicianID, dates: [date], actor: actor, reason: "\(technicianID) works \(shift) on \(date)", now: now)
    }

    /// Adds `technician`, who works from their next shift on.
    public func add(_ technician: Technician, actor: String, now: Date) throws {
        try store.addTechnician(technician, audit: AuditEntry(
            at: now, actor: actor, action: "technician.add", technicianID: technician.id,
            detail: "added \(technician.name), shift \(technician.shift), skills \(technician.skills.joined(separator: ";"))"))
    }

    /// `technicianID` works no more from `date` on; the days already planned or promised with them
    /// are planned again without them.
    @discardableResult
    public func deactivate(_ technicianID: String, from date: LocalDate, actor: String, reason: String = "", now: Date) throws -> Outcome {
        guard try store.technician(technicianID) != nil else { throw DeskError.unknownTechnician(technicianID) }
        let today = try store.requireProfile().calendar.local(now).date
        if date < today { throw DeskError.dateInPast(date: date, today: today) }
        if let done = try workedAlready(technicianID, on: date) {
            throw DeskError.invalid(field: "from", detail: "\(technicianID) has already worked on \(date) (\(done)); deactivate from \(date.adding(days: 1))")
        }
        try store.deactivateTechnician(technicianID, from: date, audit: AuditEntry(
            at: now, actor: actor, action: "technician.deactivate", technicianID: technicianID, detail: "works no more from \(date)", reason: reason))
        let dates = try replanner.affectedDates(technicianID: technicianID, from: date, store: store)
        return try replanAffected(technicianID, dates: dates, actor: actor, reason: "\(technicianID) works no more from \(date)", now: now)
    }

    // MARK: -

    /// The technician as usually rostered and that day's recorded change, after checking the date.
    private func checkDay(_ technicianID: String, _ date: LocalDate, now: Date) throws -> (Technician, TechnicianDayChange?) {
        guard let technician = try store.technician(technicianID) else { throw DeskError.unknownTechnician(technicianID) }
        let today = try store.requireProfile().calendar.local(now).date
        if date < today { throw DeskError.dateInPast(date: date, today: today) }
        if let last = try store.inactiveFrom(technician: technicianID), date >= last {
            throw DeskError.notWorking(technician: technicianID, date: date)
        }
        return (technician, try store.dayChange(technician: technicianID, on: date))
    }

    /// A visit `technicianID` has begun or finished on `date`'s published plan, if any.
    private func workedAlready(_ technicianID: String, on date: LocalDate) throws -> String? {
        guard let plan = try store.publishedPlan(on: date) else { return nil }
        let theirs = Set(plan.visits(of: technicianID).map(\.jobID))
        return try store.jobs(on: date).first { theirs.contains($0.id) && $0.status.isUnderWayOrDone && $0.status != .cancelled }
            .map { "\($0.id) is \($0.status.rawValue)" }
    }

    /// Plans again each of `dates` that is published or holds promises of `technicianID`.
    private func replanAffected(_ technicianID: String, dates: [LocalDate], actor: String, reason: String, now: Date) throws -> Outcome {
        var outcome = Outcome()
        guard let first = dates.min() else { return outcome }
        let affected = Set(try replanner.affectedDates(technicianID: technicianID, from: first, store: store))
        for date in dates where affected.contains(date) {
            guard let (plan, report) = try replanner.adjust(date, store: store, now: now, actor: actor, reason: reason) else { continue }
            outcome.days.append((date, plan, report))
        }
        return outcome
    }
}
