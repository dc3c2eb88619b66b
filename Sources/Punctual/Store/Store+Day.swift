import GRDB
import PunctualCore

/// Reading a whole day at once, for the planner, offers and bookings.
extension Store {
    /// Everything about `date` that planning needs, in one read transaction.
    public func daySnapshot(on date: LocalDate) throws -> DaySnapshot {
        var snapshot = try writer.read { db in try Self.daySnapshot(db, on: date) }
        snapshot.settings = snapshot.settings.overlaying(secrets)
        return snapshot
    }

    /// The rebook choices offered for windows on `date`, open or not (the reader checks), with their jobs.
    static func heldChoices(_ db: Database, on date: LocalDate, calendar: BusinessCalendar) throws -> [(choice: RebookChoice, job: Job)] {
        let start = calendar.instant(date, .midnight), end = calendar.instant(date.adding(days: 1), .midnight)
        let choices = try RebookChoiceRecord.filter(RebookChoiceRecord.Columns.windowStart >= start && RebookChoiceRecord.Columns.windowStart < end)
            .fetchAll(db).map(\.choice)
        let jobs = Dictionary(uniqueKeysWithValues: try fetchJobs(db, on: nil, ids: Array(Set(choices.map(\.jobID)))).map { ($0.id, $0) })
        return choices.compactMap { choice in jobs[choice.jobID].map { (choice, $0) } }
    }

    static func daySnapshot(_ db: Database, on date: LocalDate) throws -> DaySnapshot {
        guard let business = try SettingsRecord.fetchOne(db)?.settings else { throw StoreError.notInitialized }
        let plans = PlanRecord.filter(PlanRecord.Columns.date == date.description)
        let published = try plans.filter(PlanRecord.Columns.state == Plan.State.published.rawValue).fetchOne(db)
        let latest = try plans.order(PlanRecord.Columns.version.desc).fetchOne(db)
        return DaySnapshot(
            date: date, business: business, settings: try settings(db), technicians: try fetchTechnicians(db, on: date),
            parts: try fetchParts(db),
            jobs: try fetchJobs(db, on: date).filter { $0.status != .cancelled },
            customers: Dictionary(uniqueKeysWithValues: try fetchCustomers(db).map { ($0.id!, $0) }),
            publishedPlan: try published.map { try assemble($0, db: db) },
            latestPlan: try latest.map { try assemble($0, db: db) },
            commitments: try commitments(db, on: date),
            heldChoices: try heldChoices(db, on: date, calendar: business.calendar),
            serviceHistory: try serviceHistory(db, limit: DaySnapshot.serviceHistoryLimit),
            tripHistory: try tripHistory(db))
    }
}
