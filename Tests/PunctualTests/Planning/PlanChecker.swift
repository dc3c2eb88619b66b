import Foundation
@testable import Punctual
@testable import PunctualCore

/// Checks a plan against the business's own data, independently of the code that made it.
///
/// It never looks at `DayModel`, the solver or the report: it walks each technician's visits in
/// order with the travel-time estimate on the real coordinates, re-derives every arrival, service
/// start and end, the route's end, travel, distance and overtime, and compares them with what the
/// plan says (within `tolerance`). It then checks the business rules: promised windows, customer
/// availability, skills, parts (stock of vans that cannot load at the depot, and every checklist
/// line), shifts, overtime limit, breaks, and that every job of the date is served once or left out
/// with a reason — with a proposal for every promise left out.
///
/// Breaks are taken as the plan places them; a break is consistent when it starts inside the
/// technician's break interval, lasts the rule's minutes, and sits either before leaving the
/// previous stop (after its work) or on arrival before service (after the drive).
struct PlanChecker {
    let snapshot: DaySnapshot
    let travel: GreatCircleTravelTimes
    /// Largest difference between a planned and a recomputed instant, seconds.
    var tolerance: TimeInterval = 1

    /// A technician whose start is this close to the depot loads parts there, metres.
    static let depotRadiusMetres = 200.0

    init(snapshot: DaySnapshot, travel: GreatCircleTravelTimes? = nil) {
        self.snapshot = snapshot
        self.travel = travel ?? snapshot.settings.greatCircleTravelTimes
    }

    /// Every way `plan` breaks the rules or disagrees with its own schedule; empty when it holds.
    func violations(of plan: Plan) -> [String] {
        var found: [String] = []
        let jobs = Dictionary(snapshot.jobs.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let happened = happenedOnPublishedPlan()

        for visit in plan.visits {
            if jobs[visit.jobID] == nil { found.append("\(visit.technicianID) visits \(visit.jobID), which is not a job of \(snapshot.date)") }
            if snapshot.technician(visit.technicianID) == nil { found.append("\(visit.jobID) is visited by unknown technician \(visit.technicianID)") }
        }
        for route in plan.routes where snapshot.technician(route.technicianID) == nil {
            found.append("route of unknown technician \(route.technicianID)")
        }
        for technician in snapshot.technicians {
            found += violations(of: technician, in: plan, jobs: jobs, happened: happened)
        }
        found += coverageViolations(plan, happened: happened)
        return found
    }

    // MARK: - One technician's day

    private func violations(of technician: Technician, in plan: Plan, jobs: [String: Job],
                            happened: [String: [String]]) -> [String] {
        var found: [String] = []
        let who = technician.id
        let visits = plan.visits(of: who)
        let routes = plan.routes.filter { $0.technicianID == who }
        if visits.map(\.sequence) != visits.indices.map({ $0 + 1 }) {
            found.append("\(who): visit sequence numbers are \(visits.map(\.sequence)), not 1…\(visits.count)")
        }
        guard routes.count <= 1 else { return found + ["\(who) has \(routes.count) routes"] }
        guard let route = routes.first else {
            if !visits.isEmpty { found.append("\(who) has \(visits.count) visits but no route") }
            return found
        }
        if visits.isEmpty { found.append("\(who) has a route but no visits") }

        // Jobs that already happened on the published plan lead the route, in their order.
        let prefix = happened[who] ?? []
        if Array(visits.prefix(prefix.count).map(\.jobID)) != prefix {
            found.append("\(who): route starts \(visits.prefix(prefix.count).map(\.jobID)) but the jobs under way are \(prefix)")
        }

        let calendar = snapshot.calendar
        let shift = calendar.interval(snapshot.date, technician.shift)
        let maxOvertime = snapshot.settings.number(.maxOvertimeMinutes) * 60
        if route.departure < shift.start {
            found.append("\(who) departs at \(clock(route.departure)), before the shift starts at \(clock(shift.start))")
        }
        found += breakRuleViolations(of: technician, route: route)

        // Walk the day: depart, drive, break before leaving or on arrival, wait for the window, work.
        var breaks = route.breaks.sorted { $0.start < $1.start }[...]
        var free = max(route.departure, shift.start)
        var at = technician.start
        var travelSeconds = 0
        var distance = 0
        var visitedJobs: [Job] = []
        for visit in visits {
            guard let job = jobs[visit.jobID] else { continue }
            visitedJobs.append(job)
            let what = "\(who) \(job.id)"
            let leg = trip(from: at, to: job.location)
            travelSeconds += leg.seconds
            distance += leg.metres
            let (arrival, ready) = drive(leg.seconds, from: free, breaks: &breaks, before: visit.plannedStart, what: what,
                                         found: &found)
            if !same(arrival, visit.plannedArrival) {
                found.append("\(what): planned arrival \(clock(visit.plannedArrival)) but the drive arrives at \(clock(arrival))")
            }
            let service = TimeInterval(job.durationMinutes * 60)
            let underWay = prefix.contains(job.id)
            let start = earliestStart(of: job, ready: ready, service: service)
            if !same(start, visit.plannedStart) {
                found.append("\(what): planned start \(clock(visit.plannedStart)) but service can start at \(clock(start))")
            }
            if !same(visit.plannedEnd, visit.plannedStart.addingTimeInterval(service)) {
                found.append("\(what): planned end \(clock(visit.plannedEnd)) is not start + \(job.durationMinutes) min")
            }
            if !underWay {
                found += windowViolations(of: job, start: visit.plannedStart, service: service, what: what)
            }
            if !Set(job.skills).isSubset(of: technician.skills) {
                found.append("\(what): needs skills \(job.skills) but \(who) has \(technician.skills)")
            }
            free = visit.plannedStart.addingTimeInterval(service)
            at = job.location
        }
        if !visits.isEmpty {
            let leg = trip(from: at, to: technician.end)
            travelSeconds += leg.seconds
            distance += leg.metres
            let (_, end) = drive(leg.seconds, from: free, breaks: &breaks, before: .distantFuture, what: "\(who) end",
                                 found: &found)
            if !same(end, route.end) {
                found.append("\(who): route ends at \(clock(route.end)) but the drive home ends at \(clock(end))")
            }
        }
        if route.travelSeconds != travelSeconds {
            found.append("\(who): travel is \(route.travelSeconds) s but the legs add up to \(travelSeconds) s")
        }
        if route.distanceMetres != distance {
            found.append("\(who): distance is \(route.distanceMetres) m but the legs add up to \(distance) m")
        }
        let overtime = max(0, Int(route.end.timeIntervalSince(shift.end).rounded()))
        if route.overtimeSeconds != overtime {
            found.append("\(who): overtime is \(route.overtimeSeconds) s but the route ends \(overtime) s past the shift")
        }
        if route.end.timeIntervalSince(shift.end) > maxOvertime + tolerance {
            found.append("\(who): route ends at \(clock(route.end)), past the shift end \(clock(shift.end)) "
                + "plus the \(Int(maxOvertime / 60)) min overtime limit")
        }
        found += partsViolations(of: technician, jobs: visitedJobs, route: route)
        return found
    }

    /// Drives `seconds` from a stop left free at `free`, taking the breaks that come before
    /// `nextStart` (the planned service start there): before leaving when the break starts before
    /// the car could arrive, else on arrival. Returns the arrival and when work could begin.
    private func drive(_ seconds: Int, from free: Date, breaks: inout ArraySlice<DateInterval>, before nextStart: Date,
                       what: String, found: inout [String]) -> (arrival: Date, ready: Date) {
        var depart = free
        var ready = free.addingTimeInterval(TimeInterval(seconds))
        var arrival = ready
        while let rest = breaks.first, rest.start < nextStart {
            breaks.removeFirst()
            if rest.start < depart.addingTimeInterval(TimeInterval(seconds)) {
                if rest.start.timeIntervalSince(depart) < -tolerance {
                    found.append("\(what): break at \(clock(rest.start)) starts before the work before it ends at \(clock(depart))")
                }
                depart = max(depart, rest.end)
                arrival = depart.addingTimeInterval(TimeInterval(seconds))
                ready = arrival
            } else {
                if rest.start.timeIntervalSince(ready) < -tolerance {
                    found.append("\(what): break at \(clock(rest.start)) starts while driving (arrival \(clock(ready)))")
                }
                ready = max(ready, rest.end)
            }
        }
        return (arrival, ready)
    }

    /// The earliest service start from `ready`: inside the promised window, else ending inside an
    /// availability interval (a job longer than the interval starts at its opening), else at once.
    /// When no window can be met, `ready` itself (the window check reports it).
    private func earliestStart(of job: Job, ready: Date, service: TimeInterval) -> Date {
        if let promised = job.promisedWindow {
            return max(ready, promised.start)
        }
        for interval in job.availability.sorted(by: { $0.start < $1.start }) {
            let start = max(ready, interval.start)
            let latest = max(interval.start, interval.end.addingTimeInterval(-service))
            if start <= latest { return start }
        }
        return ready
    }

    private func windowViolations(of job: Job, start: Date, service: TimeInterval, what: String) -> [String] {
        let calendar = snapshot.calendar
        if let promised = job.promisedWindow {
            if start.timeIntervalSince(promised.start) < -tolerance || start.timeIntervalSince(promised.end) > tolerance {
                return ["\(what): starts at \(clock(start)), outside the promised \(calendar.localRange(promised))"]
            }
            return []
        }
        guard !job.availability.isEmpty else { return [] }
        let end = start.addingTimeInterval(service)
        let fits = job.availability.contains { interval in
            let opens = start.timeIntervalSince(interval.start) >= -tolerance
            let closes = end.timeIntervalSince(interval.end) <= tolerance
                || (service > interval.duration && abs(start.timeIntervalSince(interval.start)) <= tolerance)
            return opens && closes
        }
        if fits { return [] }
        let ranges = job.availability.map { calendar.localRange($0).description }.joined(separator: ", ")
        return ["\(what): service \(clock(start))–\(clock(end)) is outside the customer's availability (\(ranges))"]
    }

    private func breakRuleViolations(of technician: Technician, route: PlanRoute) -> [String] {
        let who = technician.id
        guard let rule = technician.breakRule else {
            return route.breaks.isEmpty ? [] : ["\(who) takes \(route.breaks.count) breaks but has no break rule"]
        }
        let calendar = snapshot.calendar
        let earliest = calendar.instant(snapshot.date, rule.earliestStart)
        // A day whose work is over before the break may open needs no break.
        if route.breaks.isEmpty && route.end < earliest { return [] }
        guard route.breaks.count == 1 else { return ["\(who) takes \(route.breaks.count) breaks; the rule asks for one"] }
        let rest = route.breaks[0]
        let latest = calendar.instant(snapshot.date, rule.latestStart)
        var found: [String] = []
        if rest.start.timeIntervalSince(earliest) < -tolerance || rest.start.timeIntervalSince(latest) > tolerance {
            found.append("\(who): break starts at \(clock(rest.start)), outside \(rule.earliestStart)–\(rule.latestStart)")
        }
        if abs(rest.duration - TimeInterval(rule.minutes * 60)) > tolerance {
            found.append("\(who): break lasts \(Int(rest.duration / 60)) min, not \(rule.minutes)")
        }
        return found
    }

    // MARK: - Parts

    private func partsViolations(of technician: Technician, jobs: [Job], route: PlanRoute) -> [String] {
        let who = technician.id
        let atDepot = GreatCircleTravelTimes.greatCircleMetres(technician.start, snapshot.business.depot)
            <= Self.depotRadiusMetres
        var needed: [String: Int] = [:]
        for job in jobs {
            for part in job.parts { needed[part.part, default: 0] += part.quantity }
        }
        func inVan(_ part: String) -> Int { technician.stock.filter { $0.part == part }.reduce(0) { $0 + $1.quantity } }
        var found: [String] = []
        if !atDepot {
            for (part, need) in needed.sorted(by: { $0.key < $1.key }) where inVan(part) < need {
                found.append("\(who) does not start at the depot and carries \(inVan(part))× \(part), but the route needs \(need)")
            }
        }
        let expected = needed.keys.sorted().map { part in
            PartChecklistItem(part: part, needed: needed[part]!, inVan: inVan(part),
                              load: atDepot ? max(0, needed[part]! - inVan(part)) : 0)
        }
        let given = route.checklist.sorted { $0.part < $1.part }
        if given != expected {
            let show = { (items: [PartChecklistItem]) in
                items.map { "\($0.part) need \($0.needed) van \($0.inVan) load \($0.load)" }.joined(separator: "; ")
            }
            found.append("\(who): checklist is [\(show(given))] but the route's jobs and van make [\(show(expected))]")
        }
        return found
    }

    // MARK: - Every job accounted for

    private func coverageViolations(_ plan: Plan, happened: [String: [String]]) -> [String] {
        var found: [String] = []
        var visits: [String: Int] = [:]
        for visit in plan.visits { visits[visit.jobID, default: 0] += 1 }
        var left: [String: Int] = [:]
        for job in plan.unassigned { left[job.jobID, default: 0] += 1 }
        let onPublished = Set(happened.values.joined())
        for job in snapshot.jobs {
            let served = visits[job.id] ?? 0
            let out = left[job.id] ?? 0
            if served > 1 { found.append("\(job.id) is visited \(served) times") }
            if out > 1 { found.append("\(job.id) is unassigned \(out) times") }
            if served > 0 && out > 0 { found.append("\(job.id) is both visited and unassigned") }
            if served == 0 && out == 0 {
                // What happened off the published plan cannot be planned; the plan must say so.
                let happenedElsewhere = job.status.isUnderWayOrDone && !onPublished.contains(job.id)
                if happenedElsewhere {
                    if !job.status.isClosed && !plan.warnings.contains(where: { $0.contains(job.id) }) {
                        found.append("\(job.id) is \(job.status.rawValue) off the published plan and no warning says so")
                    }
                } else {
                    found.append("\(job.id) is neither visited nor unassigned")
                }
            }
        }
        let jobs = Dictionary(snapshot.jobs.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for unassigned in plan.unassigned {
            guard let job = jobs[unassigned.jobID] else {
                found.append("unassigned \(unassigned.jobID) is not a job of \(snapshot.date)")
                continue
            }
            if unassigned.reason.trimmingCharacters(in: .whitespaces).isEmpty {
                found.append("\(job.id) is unassigned without a reason")
            }
            let promised = job.promisedWindow != nil
            if unassigned.brokenPromise != promised {
                found.append("\(job.id) is unassigned with brokenPromise \(unassigned.brokenPromise) but "
                    + (promised ? "it has a promised window" : "nothing was promised"))
            }
            if promised && (unassigned.proposal ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
                found.append("\(job.id): broken promise without a proposal")
            }
        }
        return found
    }

    /// Per technician, the jobs under way or done on the published plan, in route order.
    private func happenedOnPublishedPlan() -> [String: [String]] {
        guard let published = snapshot.publishedPlan else { return [:] }
        let status = Dictionary(snapshot.jobs.map { ($0.id, $0.status) }, uniquingKeysWith: { first, _ in first })
        var happened: [String: [String]] = [:]
        for technician in snapshot.technicians {
            let ids = published.visits(of: technician.id).map(\.jobID).filter { status[$0]?.isUnderWayOrDone == true }
            if !ids.isEmpty { happened[technician.id] = ids }
        }
        return happened
    }

    // MARK: - Helpers

    /// Driving time and distance between two places, from the provider's matrix over just them.
    private func trip(from a: GeoPoint, to b: GeoPoint) -> (seconds: Int, metres: Int) {
        let matrix = travel.matrix(for: [a, b])
        return (matrix.duration(from: 0, to: 1), matrix.distance(from: 0, to: 1))
    }

    private func same(_ a: Date, _ b: Date) -> Bool { abs(a.timeIntervalSince(b)) <= tolerance }

    /// Local wall-clock time with seconds, for messages.
    private func clock(_ instant: Date) -> String {
        let seconds = Int(instant.timeIntervalSince(snapshot.dayStart).rounded())
        let sign = seconds < 0 ? "-" : ""
        let s = abs(seconds)
        return sign + String(format: "%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
    }
}
