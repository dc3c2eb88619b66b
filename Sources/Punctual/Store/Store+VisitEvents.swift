import Foundation
import GRDB
import PunctualCore

/// Progress reports: checked against the visit's state and written with the job's new status in
/// one transaction, so a refused or interrupted report leaves nothing behind.
extension Store {
    /// Records `event` (its `statusAfter` is computed here) if it is legal for the job now.
    ///
    /// With an idempotency key already used by the technician for the same job and kind, nothing
    /// is written and the original event is returned with `replayed` true.
    public func recordVisitEvent(_ event: VisitEvent) throws -> (event: VisitEvent, replayed: Bool) {
        try writer.write { db in
            if let key = event.idempotencyKey,
               let earlier = try VisitEventRecord.filter(VisitEventRecord.Columns.technicianId == event.technicianID && VisitEventRecord.Columns.idempotencyKey == key)
                .fetchOne(db) {
                guard earlier.jobId == event.jobID, earlier.kind == event.kind else { throw ProgressError.idempotencyKeyReused(key: key) }
                return (earlier.event, true)
            }
            guard var job = try JobRecord.fetchOne(db, key: event.jobID) else { throw ProgressError.unknownJob(event.jobID) }
            guard let planned = try Self.publishedVisit(job: job, technician: event.technicianID, db: db) else {
                throw ProgressError.notYourJob(job: event.jobID, technician: event.technicianID)
            }
            if let business = try SettingsRecord.fetchOne(db)?.settings,
               let visitDate = LocalDate(parsing: job.date), business.calendar.local(event.at).date != visitDate {
                throw ProgressError.wrongDay(job: job.id, visitDate: visitDate, reportDate: business.calendar.local(event.at).date)
            }
            let lastKind = try String.fetchOne(db, VisitEventRecord.filter(VisitEventRecord.Columns.jobId == event.jobID)
                .order(VisitEventRecord.Columns.id.desc).select(VisitEventRecord.Columns.kind)).flatMap(VisitEventKind.init(rawValue:))
            var recorded = event
            recorded.statusAfter = try VisitTransition.next(from: job.status, on: event.kind, paused: lastKind == .paused, job: job.id)
            var record = VisitEventRecord(recorded)
            try record.insert(db)
            recorded.id = record.id
            job.status = recorded.statusAfter
            try job.update(db)
            try Self.updateOutcome(after: recorded, planned: planned, db: db)
            if let kind = Self.domainEventKind(for: recorded.kind) {
                var domainEvent = DomainEventRecord(DomainEvent(kind: kind, jobID: recorded.jobID, technicianID: recorded.technicianID,
                                                                at: recorded.at))
                try domainEvent.insert(db)
            }
            return (recorded, false)
        }
    }

    /// Every event of a job, oldest first.
    public func visitEvents(job: String) throws -> [VisitEvent] {
        try writer.read { db in
            try VisitEventRecord.filter(VisitEventRecord.Columns.jobId == job).order(VisitEventRecord.Columns.id).fetchAll(db).map(\.event)
        }
    }

    /// The job's planned visit on the published plan of its date, if it is on `technician`'s route.
    static func publishedVisit(job: JobRecord, technician: String, db: Database) throws -> PlanVisitRecord? {
        try PlanVisitRecord.fetchOne(db, sql: """
            SELECT plan_visit.* FROM plan_visit JOIN plan ON plan.id = plan_visit.plan_id
            WHERE plan.date = ? AND plan.state = ? AND plan_visit.job_id = ? AND plan_visit.technician_id = ?
            """, arguments: [job.date, Plan.State.published.rawValue, job.id, technician])
    }

    /// The progress that the customer hears about.
    private static func domainEventKind(for kind: VisitEventKind) -> DomainEvent.Kind? {
        switch kind {
        case .enRoute: .visitEnRoute
        case .completed: .visitCompleted
        case .unableToComplete: .visitUnableToComplete
        case .arrived, .started, .paused, .runningOver: nil
        }
    }

    private static func updateOutcome(after event: VisitEvent, planned: PlanVisitRecord, db: Database) throws {
        var outcome = try VisitOutcomeRecord.fetchOne(db, key: event.jobID) ?? VisitOutcomeRecord(
            jobId: event.jobID, technicianId: event.technicianID, plannedArrival: planned.plannedArrival,
            predictedArrival: nil, arrivedAt: nil, startedAt: nil, plannedEnd: planned.plannedEnd, completedAt: nil)
        switch event.kind {
        case .arrived:
            outcome.arrivedAt = event.at
            outcome.predictedArrival = try Date.fetchOne(db, VisitForecastRecord.filter(key: event.jobID).select(VisitForecastRecord.Columns.medianArrival))
        case .started:
            if outcome.startedAt == nil { outcome.startedAt = event.at }
            // "arrived" forgotten: the technician was there by the time work started.
            if outcome.arrivedAt == nil {
                outcome.arrivedAt = event.at
                outcome.predictedArrival = try Date.fetchOne(db, VisitForecastRecord.filter(key: event.jobID).select(VisitForecastRecord.Columns.medianArrival))
            }
        case .completed:
            outcome.completedAt = event.at
        case .enRoute, .paused, .runningOver, .unableToComplete:
            break
        }
        try outcome.save(db)
    }
}
