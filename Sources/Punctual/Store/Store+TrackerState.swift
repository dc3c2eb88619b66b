import Foundation
import GRDB
import PunctualCore

/// What the tracker reads (each technician's day, the service history) and writes (forecasts and
/// the domain events they raise).
extension Store {
    /// Each technician's day on `date` (only `technician`'s when given), in technician id order.
    ///
    /// The tracker reads this on every update, so it runs the same few statements, prepared once per
    /// connection, rather than building its queries anew each time.
    public func technicianDays(on date: LocalDate, technician: String? = nil) throws -> [TechnicianDay] {
        try writer.read { db in
            // The day's visits, of one technician or of all: `?1` the plan, `?2` the technician.
            let dayVisits = "SELECT * FROM plan_visit WHERE plan_id = ?1" + (technician == nil ? "" : " AND technician_id = ?2")
            let dayJobIDs = "SELECT job_id FROM (\(dayVisits))"
            let technicians = try TechnicianRecord.fetchAll(db.cachedStatement(
                sql: "SELECT * FROM technician" + (technician == nil ? "" : " WHERE id = ?") + " ORDER BY id"),
                arguments: technician.map { [$0] } ?? [])
            let plan = try PlanRecord.fetchOne(db.cachedStatement(sql: "SELECT * FROM plan WHERE date = ? AND state = ? LIMIT 1"),
                                               arguments: [date.description, Plan.State.published.rawValue])
            var visits: [PlanVisitRecord] = []
            var jobs: [String: JobRecord] = [:]
            var customers: [Int64: Customer] = [:]
            var events: [String: [VisitEventRecord]] = [:]
            var breaks: [String: Date] = [:]
            if let planID = plan?.id {
                let arguments: StatementArguments = technician.map { [planID, $0] } ?? [planID]
                visits = try PlanVisitRecord.fetchAll(db.cachedStatement(sql: dayVisits + " ORDER BY technician_id, sequence"), arguments: arguments)
                for job in try JobRecord.fetchAll(db.cachedStatement(sql: "SELECT * FROM job WHERE id IN (\(dayJobIDs))"), arguments: arguments) {
                    jobs[job.id] = job
                }
                for customer in try CustomerRecord.fetchAll(db.cachedStatement(
                    sql: "SELECT * FROM customer WHERE id IN (SELECT customer_id FROM job WHERE id IN (\(dayJobIDs)))"), arguments: arguments) {
                    customers[customer.id!] = customer.customer
                }
                events = Dictionary(grouping: try VisitEventRecord.fetchAll(db.cachedStatement(
                    sql: "SELECT * FROM visit_event WHERE job_id IN (\(dayJobIDs)) ORDER BY id"), arguments: arguments), by: \.jobId)
                let dayBreaks = "SELECT * FROM plan_break WHERE plan_id = ?1" + (technician == nil ? "" : " AND technician_id = ?2")
                for planned in try PlanBreakRecord.fetchAll(db.cachedStatement(sql: dayBreaks + " ORDER BY start"), arguments: arguments)
                where breaks[planned.technicianId] == nil {
                    breaks[planned.technicianId] = planned.start
                }
            }
            let changes = try Self.dayChanges(db, on: date)
            let lastFixStatement = try db.cachedStatement(sql: "SELECT * FROM position_fix WHERE technician_id = ? AND outside_area = 0 ORDER BY at DESC LIMIT 1")
            let stopsByTechnician = Dictionary(grouping: visits, by: \.technicianId)
            return try technicians.map { record in
                let stops: [TechnicianDay.Stop] = (stopsByTechnician[record.id] ?? []).compactMap { visit in
                    // A job rebooked onto another day has left this day's route.
                    guard let job = jobs[visit.jobId], job.date == date.description else { return nil }
                    let jobEvents = events[visit.jobId] ?? []
                    return TechnicianDay.Stop(
                        visit: visit.visit, job: job.job(parts: [], availability: []), customer: customers[job.customerId],
                        startedAt: jobEvents.first { $0.kind == .started }?.at, paused: jobEvents.last?.kind == .paused,
                        setOffAt: jobEvents.first { [.enRoute, .arrived, .started].contains($0.kind) }?.at,
                        finishedAt: jobEvents.last { $0.kind == .completed || $0.kind == .unableToComplete }?.at,
                        workLeft: jobEvents.last { $0.kind == .runningOver }.flatMap { event in event.minutesLeft.map { (event.at, $0) } })
                }
                let lastFix = try PositionFixRecord.fetchOne(lastFixStatement, arguments: [record.id])?.fix
                let pauses = stops.reduce(0) { $0 + (events[$1.job.id] ?? []).filter { $0.kind == .paused }.count }
                let usual = record.technician(stock: [])
                return TechnicianDay(technician: changes[record.id]?.apply(to: usual) ?? usual, date: date, stops: stops, lastFix: lastFix, pausesTaken: pauses,
                                     plannedBreakStart: breaks[record.id])
            }
        }
    }

    /// Service times of the `limit` latest visits started and completed through the API (all of
    /// them when nil), with who did it, oldest first.
    public func serviceHistory(limit: Int? = nil) throws -> [ServiceObservation] {
        try writer.read { db in try Self.serviceHistory(db, limit: limit) }
    }

    static func serviceHistory(_ db: Database, limit: Int? = nil) throws -> [ServiceObservation] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT job.type, job.duration_minutes, visit_outcome.started_at, visit_outcome.completed_at, visit_outcome.technician_id
            FROM visit_outcome JOIN job ON job.id = visit_outcome.job_id
            WHERE visit_outcome.started_at IS NOT NULL AND visit_outcome.completed_at IS NOT NULL
            ORDER BY visit_outcome.completed_at DESC
            """ + (limit.map { " LIMIT \($0)" } ?? ""))
        return rows.reversed().map { row in
            let started: Date = row[2]
            let completed: Date = row[3]
            return ServiceObservation(jobType: row[0], plannedSeconds: (row[1] as Int) * 60,
                                      actualSeconds: Int(completed.timeIntervalSince(started)), technicianID: row[4])
        }
    }

    /// The most recent `limit` trips technicians reported (`en_route` then `arrived` at the same
    /// visit, nothing between), each from the visit before it that day or from the technician's
    /// start: what the tracker learns real travel times from.
    public func tripHistory(limit: Int = 400) throws -> [TripObservation] {
        try writer.read { db in try Self.tripHistory(db, limit: limit) }
    }

    static func tripHistory(_ db: Database, limit: Int = 400) throws -> [TripObservation] {
        // The latest reports only (a trip is two of them, a visit about five): a year of history
        // is not read on every completion.
        let rows = try Row.fetchAll(db, sql: """
            SELECT * FROM (
                SELECT visit_event.technician_id, visit_event.kind, visit_event.at, job.lat, job.lon,
                       technician.start_lat, technician.start_lon, visit_event.id
                FROM visit_event JOIN job ON job.id = visit_event.job_id
                JOIN technician ON technician.id = visit_event.technician_id
                ORDER BY visit_event.id DESC LIMIT ?)
            ORDER BY technician_id, at, id
            """, arguments: [limit * 6])
        var trips: [TripObservation] = []
        var technician: String?
        var lastAt = Date.distantPast
        var here = GeoPoint(latitude: 0, longitude: 0)
        var setOff: (at: Date, to: GeoPoint)?
        for row in rows {
            let id: String = row[0]
            let kind: String = row[1]
            let at: Date = row[2]
            let place = GeoPoint(latitude: row[3], longitude: row[4])
            // A new technician, or a new working day (a night between reports): back at the start.
            if id != technician || at.timeIntervalSince(lastAt) > 8 * 3600 {
                technician = id
                here = GeoPoint(latitude: row[5], longitude: row[6])
                setOff = nil
            }
            lastAt = at
            switch VisitEventKind(rawValue: kind) {
            case .enRoute:
                setOff = (at, place)
            case .arrived, .started:
                // Work started with no "arrived" (forgotten) ends the trip too.
                if let trip = setOff, trip.to == place, at > trip.at {
                    trips.append(TripObservation(origin: here, destination: place, departedAt: trip.at,
                                                 actualSeconds: Int(at.timeIntervalSince(trip.at))))
                }
                setOff = nil
                here = place
            default:
                setOff = nil
                here = place
            }
        }
        return Array(trips.sorted { $0.departedAt < $1.departedAt }.suffix(limit))
    }

    /// Saves the latest forecasts of a technician's remaining visits and raises `visit_at_risk` for
    /// each visit whose P(late) reaches `threshold` for the first time, in one transaction.
    /// - Returns: the events raised.
    @discardableResult
    public func saveForecasts(_ forecasts: [VisitForecast], at now: Date, threshold: Double) throws -> [DomainEvent] {
        try writer.write { db in
            // Prepared once per connection: the tracker saves forecasts on every update.
            let wasAtRiskStatement = try db.cachedStatement(sql: "SELECT at_risk FROM visit_forecast WHERE job_id = ?")
            let upsert = try db.cachedStatement(sql: """
                INSERT INTO visit_forecast (job_id, technician_id, computed_at, median_arrival, p90_arrival, p_late, at_risk)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(job_id) DO UPDATE SET
                    technician_id = excluded.technician_id, computed_at = excluded.computed_at,
                    median_arrival = excluded.median_arrival, p90_arrival = excluded.p90_arrival,
                    p_late = excluded.p_late, at_risk = visit_forecast.at_risk OR excluded.at_risk
                """)
            var raised: [DomainEvent] = []
            // Dates as GRDB stores them, written without its shared, locked DateFormatter (StoredDate).
            let computedAt = StoredDate.databaseValue(now)
            for forecast in forecasts {
                let wasAtRisk = try Bool.fetchOne(wasAtRiskStatement, arguments: [forecast.jobID]) ?? false
                let crosses = !wasAtRisk && forecast.pLate >= threshold
                try upsert.execute(arguments: [forecast.jobID, forecast.technicianID, computedAt, StoredDate.databaseValue(forecast.medianArrival),
                                               StoredDate.databaseValue(forecast.p90Arrival), forecast.pLate, wasAtRisk || crosses])
                if crosses {
                    var event = DomainEventRecord(DomainEvent(
                        kind: .visitAtRisk, jobID: forecast.jobID, technicianID: forecast.technicianID, at: now,
                        leadSeconds: forecast.windowEnd.map { Int($0.timeIntervalSince(now).rounded()) }, pLate: forecast.pLate))
                    try event.insert(db)
                    raised.append(event.event)
                }
            }
            return raised
        }
    }

    /// Whether each job was already declared at risk, for the board.
    public func atRiskJobs() throws -> Set<String> {
        try writer.read { db in
            Set(try String.fetchAll(db, VisitForecastRecord.filter(VisitForecastRecord.Columns.atRisk == true).select(VisitForecastRecord.Columns.jobId)))
        }
    }

    /// Whether each of `jobIDs` was declared at risk, and when its latest forecast was made (jobs
    /// without a forecast are left out).
    public func forecastFlags(jobIDs: [String]) throws -> [String: (atRisk: Bool, computedAt: Date)] {
        try writer.read { db in
            var flags: [String: (atRisk: Bool, computedAt: Date)] = [:]
            for record in try VisitForecastRecord.filter(keys: jobIDs).fetchAll(db) {
                flags[record.jobId] = (record.atRisk, record.computedAt)
            }
            return flags
        }
    }

    /// The latest forecast of `jobID`'s arrival, if the tracker made one.
    public func visitForecast(jobID: String) throws -> VisitForecast? {
        try writer.read { db in
            guard let record = try VisitForecastRecord.fetchOne(db, key: jobID) else { return nil }
            let windowEnd = try Date.fetchOne(db, JobRecord.filter(key: jobID).select(JobRecord.Columns.windowEnd))
            return VisitForecast(jobID: record.jobId, technicianID: record.technicianId, medianArrival: record.medianArrival,
                                 p90Arrival: record.p90Arrival, pLate: record.pLate, windowEnd: windowEnd)
        }
    }

    /// Lets `jobID` be declared at risk again: after it moved to another technician or its window
    /// was moved, the earlier verdict no longer applies.
    public func clearRisk(jobID: String) throws {
        try writer.write { db in try Self.clearRisk(db, jobID: jobID) }
    }

    static func clearRisk(_ db: Database, jobID: String) throws {
        _ = try VisitForecastRecord.filter(key: jobID).updateAll(db, VisitForecastRecord.Columns.atRisk.set(to: false))
    }

    // MARK: Domain events

    /// Events not yet consumed, oldest first, after `cursor` (an event id) when given.
    public func unconsumedDomainEvents(after cursor: Int64 = 0, limit: Int = 100) throws -> [DomainEvent] {
        try writer.read { db in
            try DomainEventRecord.filter(DomainEventRecord.Columns.consumedAt == nil && DomainEventRecord.Columns.id > cursor)
                .order(DomainEventRecord.Columns.id).limit(limit).fetchAll(db).map(\.event)
        }
    }

    /// Every event about `jobID` (or every event), consumed or not, oldest first.
    public func domainEvents(jobID: String? = nil) throws -> [DomainEvent] {
        try writer.read { db in
            var request = DomainEventRecord.order(DomainEventRecord.Columns.id)
            if let jobID { request = request.filter(DomainEventRecord.Columns.jobId == jobID) }
            return try request.fetchAll(db).map(\.event)
        }
    }

    /// Marks events as handled so no consumer sees them again.
    public func markDomainEventsConsumed(ids: [Int64], at now: Date) throws {
        try writer.write { db in
            _ = try DomainEventRecord.filter(keys: ids).filter(DomainEventRecord.Columns.consumedAt == nil)
                .updateAll(db, DomainEventRecord.Columns.consumedAt.set(to: now))
        }
    }

    // MARK: Prediction error

    /// Every recorded visit outcome, by job id.
    public func visitOutcomes() throws -> [VisitOutcome] {
        try writer.read { db in
            try VisitOutcomeRecord.order(VisitOutcomeRecord.Columns.jobId).fetchAll(db).map {
                VisitOutcome(jobID: $0.jobId, technicianID: $0.technicianId, plannedArrival: $0.plannedArrival,
                             predictedArrival: $0.predictedArrival, arrivedAt: $0.arrivedAt, plannedEnd: $0.plannedEnd,
                             completedAt: $0.completedAt)
            }
        }
    }
}
