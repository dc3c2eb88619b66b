import Foundation
import GRDB
import PunctualCore

/// Plans are versioned per date: saving never overwrites, and publishing one supersedes the last.
extension Store {
    /// Stores `plan` as the next version for its date, visits and unassigned jobs included, in one
    /// transaction. Returns the plan with its id and version.
    @discardableResult
    public func savePlan(_ plan: Plan) throws -> Plan {
        try writer.write { db in try Self.insert(plan, db: db) }
    }

    static func insert(_ plan: Plan, db: Database) throws -> Plan {
        let latest = try Int.fetchOne(db, PlanRecord.filter(PlanRecord.Columns.date == plan.date.description)
            .select(max(PlanRecord.Columns.version))) ?? 0
        var saved = plan
        saved.version = latest + 1
        saved.state = .draft
        var record = PlanRecord(saved)
        try record.insert(db)
        saved.id = record.id
        for visit in plan.visits {
            var visitRecord = PlanVisitRecord(planID: record.id!, visit)
            try visitRecord.insert(db)
        }
        for job in plan.unassigned {
            var unassignedRecord = PlanUnassignedRecord(planID: record.id!, job)
            try unassignedRecord.insert(db)
        }
        for route in plan.routes {
            var routeRecord = PlanRouteRecord(planID: record.id!, route)
            try routeRecord.insert(db)
            for interval in route.breaks {
                var breakRecord = PlanBreakRecord(planId: record.id!, technicianId: route.technicianID,
                                                  start: interval.start, end: interval.end)
                try breakRecord.insert(db)
            }
            for item in route.checklist {
                var itemRecord = PlanChecklistRecord(planID: record.id!, technicianID: route.technicianID, item)
                try itemRecord.insert(db)
            }
        }
        return saved
    }

    /// Makes plan `id` the one technicians see for its date; the previously published one is
    /// superseded, its jobs become `scheduled`, and scheduled jobs it no longer holds go back to
    /// `booked` (with a promise) or `requested`.
    public func publishPlan(id: Int64) throws {
        try writer.write { db in try Self.publish(id: id, db: db) }
    }

    static func publish(id: Int64, db: Database) throws {
        guard var record = try PlanRecord.fetchOne(db, key: id) else { throw StoreError.unknownPlan(id: id) }
        try PlanRecord.filter(PlanRecord.Columns.date == record.date && PlanRecord.Columns.state == Plan.State.published.rawValue)
            .updateAll(db, PlanRecord.Columns.state.set(to: Plan.State.superseded.rawValue))
        record.state = .published
        try record.update(db)
        // Jobs on the published routes are scheduled; those it leaves out go back to waiting.
        let onPlan = try String.fetchAll(db, PlanVisitRecord.filter(PlanVisitRecord.Columns.planId == id).select(PlanVisitRecord.Columns.jobId))
        let waiting = [JobStatus.requested.rawValue, JobStatus.booked.rawValue]
        try JobRecord.filter(onPlan.contains(JobRecord.Columns.id) && waiting.contains(JobRecord.Columns.status))
            .updateAll(db, JobRecord.Columns.status.set(to: JobStatus.scheduled.rawValue))
        let dropped = JobRecord.filter(JobRecord.Columns.date == record.date && JobRecord.Columns.status == JobStatus.scheduled.rawValue
            && !onPlan.contains(JobRecord.Columns.id))
        try dropped.filter(JobRecord.Columns.windowStart != nil).updateAll(db, JobRecord.Columns.status.set(to: JobStatus.booked.rawValue))
        try dropped.filter(JobRecord.Columns.windowStart == nil).updateAll(db, JobRecord.Columns.status.set(to: JobStatus.requested.rawValue))
        // What technicians now work from is what later offers must fit around. A promise the ledger
        // holds that this plan does not know of (booked after it was made) stays in the ledger, at
        // the end of its technician's route, for the next offer or plan to place: never forgotten.
        let visits = try PlanVisitRecord.filter(PlanVisitRecord.Columns.planId == id)
            .order(PlanVisitRecord.Columns.technicianId, PlanVisitRecord.Columns.sequence).fetchAll(db)
        guard let date = LocalDate(parsing: record.date) else { return }
        var routes = Dictionary(grouping: visits, by: \.technicianId).mapValues { $0.map(\.jobId) }
        let known = Set(visits.map(\.jobId)).union(try String.fetchAll(db, PlanUnassignedRecord
            .filter(PlanUnassignedRecord.Columns.planId == id).select(PlanUnassignedRecord.Columns.jobId)))
        let promised = Set(try String.fetchAll(db, JobRecord.filter(JobRecord.Columns.date == record.date && JobRecord.Columns.windowStart != nil)
            .select(JobRecord.Columns.id)))
        for (technician, route) in try commitments(db, on: date).routes.sorted(by: { $0.key < $1.key }) {
            routes[technician, default: []] += route.filter { promised.contains($0) && !known.contains($0) }
        }
        try replaceCommitments(db, with: DayCommitments(date: date, routes: routes))
    }

    /// Every version for `date`, oldest first.
    public func plans(on date: LocalDate) throws -> [Plan] {
        try writer.read { db in
            try PlanRecord.filter(PlanRecord.Columns.date == date.description).order(PlanRecord.Columns.version).fetchAll(db)
                .map { try Self.assemble($0, db: db) }
        }
    }

    /// The version numbers stored for `date`, oldest first, without reading the plans themselves.
    public func planVersions(on date: LocalDate) throws -> [Int] {
        try writer.read { db in
            try Int.fetchAll(db, PlanRecord.select(PlanRecord.Columns.version).filter(PlanRecord.Columns.date == date.description)
                .order(PlanRecord.Columns.version))
        }
    }

    /// Version `version` of `date`'s plan, if it exists.
    public func plan(on date: LocalDate, version: Int) throws -> Plan? {
        try writer.read { db in
            try PlanRecord.filter(PlanRecord.Columns.date == date.description && PlanRecord.Columns.version == version)
                .fetchOne(db).map { try Self.assemble($0, db: db) }
        }
    }

    /// The latest version for `date`, published or not.
    public func latestPlan(on date: LocalDate) throws -> Plan? {
        try writer.read { db in
            try PlanRecord.filter(PlanRecord.Columns.date == date.description).order(PlanRecord.Columns.version.desc)
                .fetchOne(db).map { try Self.assemble($0, db: db) }
        }
    }

    /// The plan with `id`, if any.
    public func plan(id: Int64) throws -> Plan? {
        try writer.read { db in try PlanRecord.fetchOne(db, key: id).map { try Self.assemble($0, db: db) } }
    }

    /// The id of `date`'s published plan: a cheap way to notice that the plan changed.
    public func publishedPlanID(on date: LocalDate) throws -> Int64? {
        try writer.read { db in
            try Int64.fetchOne(db, PlanRecord.select(PlanRecord.Columns.id)
                .filter(PlanRecord.Columns.date == date.description && PlanRecord.Columns.state == Plan.State.published.rawValue))
        }
    }

    /// The published plan for `date`, if any.
    public func publishedPlan(on date: LocalDate) throws -> Plan? {
        try writer.read { db in
            try PlanRecord.filter(PlanRecord.Columns.date == date.description && PlanRecord.Columns.state == Plan.State.published.rawValue)
                .fetchOne(db).map { try Self.assemble($0, db: db) }
        }
    }

    static func assemble(_ record: PlanRecord, db: Database) throws -> Plan {
        let visits = try PlanVisitRecord.filter(PlanVisitRecord.Columns.planId == record.id)
            .order(PlanVisitRecord.Columns.technicianId, PlanVisitRecord.Columns.sequence).fetchAll(db).map(\.visit)
        let unassigned = try PlanUnassignedRecord.filter(PlanUnassignedRecord.Columns.planId == record.id)
            .order(PlanUnassignedRecord.Columns.jobId).fetchAll(db).map(\.unassigned)
        let breaks = Dictionary(grouping: try PlanBreakRecord.filter(PlanBreakRecord.Columns.planId == record.id)
            .order(PlanBreakRecord.Columns.start).fetchAll(db), by: \.technicianId)
        let checklists = Dictionary(grouping: try PlanChecklistRecord.filter(PlanChecklistRecord.Columns.planId == record.id)
            .order(PlanChecklistRecord.Columns.partId).fetchAll(db), by: \.technicianId)
        let routes = try PlanRouteRecord.filter(PlanRouteRecord.Columns.planId == record.id).order(PlanRouteRecord.Columns.technicianId)
            .fetchAll(db).map { route in
                route.route(breaks: (breaks[route.technicianId] ?? []).map { DateInterval(start: $0.start, end: $0.end) },
                            checklist: (checklists[route.technicianId] ?? []).map(\.item))
            }
        return record.plan(visits: visits, unassigned: unassigned, routes: routes)
    }
}

extension Store {
    /// Reads `date`'s day, lets `make` build a new plan from it (or refuse by throwing), then saves
    /// and publishes that plan — all in one transaction, so the plan is made from the state it replaces.
    @discardableResult
    public func republish(on date: LocalDate, _ make: (DaySnapshot) throws -> Plan) throws -> Plan {
        try writer.write { db in
            let plan = try make(try Self.daySnapshot(db, on: date))
            var saved = try Self.insert(plan, db: db)
            try Self.publish(id: saved.id!, db: db)
            saved.state = .published
            return saved
        }
    }
}
