import Routing

/// An independent reading of the schedule rules, written from the specification and not from the
/// solver's code: used to recompute routes from scratch and to audit what the solver reports.
enum ScheduleChecker {
    struct Recomputed {
        var starts: [Int] = []
        var arrivals: [Int] = []
        var endTime = 0
        var travelCost = 0
        var feasible = true
    }

    /// The earliest schedule of a route without breaks: leave at shift start, start each service at
    /// the first window instant not before arrival, return by shift end plus allowed overtime.
    static func recompute(_ problem: Problem, vehicle v: Int, jobs: [Int], prefixCount: Int = 0) -> Recomputed {
        let vehicle = problem.vehicles[v]
        var r = Recomputed()
        var t = vehicle.shift.start
        var loc = vehicle.startLocation
        var load = Array(repeating: 0, count: problem.dimensionCount)
        for (i, j) in jobs.enumerated() {
            let job = problem.jobs[j]
            let arrival = t + problem.duration(from: loc, to: job.location)
            r.travelCost += problem.travelCost(from: loc, to: job.location)
            var start: Int?
            if job.windows.isEmpty { start = arrival }
            for w in job.windows where start == nil && arrival <= w.end { start = max(arrival, w.start) }
            if start == nil {
                if i >= prefixCount { r.feasible = false }
                start = arrival
            }
            r.arrivals.append(arrival)
            r.starts.append(start!)
            t = start! + job.serviceDuration
            loc = job.location
            for k in 0..<problem.dimensionCount { load[k] += job.demand[k] }
        }
        r.travelCost += problem.travelCost(from: loc, to: vehicle.endLocation)
        r.endTime = t + problem.duration(from: loc, to: vehicle.endLocation)
        if !jobs.isEmpty && r.endTime > vehicle.shift.end + vehicle.maxOvertime { r.feasible = false }
        for k in 0..<problem.dimensionCount where load[k] > vehicle.capacity[k] { r.feasible = false }
        for j in jobs.dropFirst(prefixCount) {
            let job = problem.jobs[j]
            if !job.requiredSkills.isSubset(of: vehicle.skills) { r.feasible = false }
            if let pin = job.pinnedVehicle, pin != v { r.feasible = false }
        }
        return r
    }

    /// Everything wrong with a reported route: times that do not follow from travel and service,
    /// starts outside windows, breaks outside their windows or overlapping work, late return,
    /// overload, missing skills, a travel cost that does not add up.
    static func violations(_ problem: Problem, _ route: Route) -> [String] {
        var errors: [String] = []
        let v = route.vehicle
        let vehicle = problem.vehicles[v]
        let prefixCount = route.jobs.starts(with: vehicle.fixedPrefix) ? vehicle.fixedPrefix.count : 0
        var free = vehicle.shift.start
        var loc = vehicle.startLocation
        var travel = 0
        var load = Array(repeating: 0, count: problem.dimensionCount)
        var breaksSeen = Set<Int>()
        func takeBreaks(before i: Int, destination: Int, arrivalFrom departure: inout Int) -> Int {
            // Breaks at the previous location delay departure; breaks at the destination follow arrival.
            var cursor = departure
            var arrived: Int?
            for b in route.breaks where b.beforeVisit == i {
                let spec = vehicle.breaks[b.index]
                breaksSeen.insert(b.index)
                if b.end - b.start != spec.duration { errors.append("break \(b.index) lasts \(b.end - b.start)") }
                if b.start < spec.window.start || b.start > spec.window.end { errors.append("break \(b.index) starts at \(b.start) outside its window") }
                if arrived == nil && b.location == loc && b.location != destination {
                    if b.start < cursor { errors.append("break \(b.index) starts before the previous stop ends") }
                    cursor = b.end
                    departure = cursor
                } else {
                    if arrived == nil { arrived = cursor + problem.duration(from: loc, to: destination) }
                    if b.start < max(cursor, arrived!) { errors.append("break \(b.index) starts before arrival or overlaps") }
                    cursor = b.end
                }
            }
            if arrived == nil { arrived = cursor + problem.duration(from: loc, to: destination); cursor = arrived! }
            return cursor
        }
        for (i, visit) in route.visits.enumerated() {
            let job = problem.jobs[visit.job]
            var departure = free
            let ready = takeBreaks(before: i, destination: job.location, arrivalFrom: &departure)
            let arrival = departure + problem.duration(from: loc, to: job.location)
            travel += problem.travelCost(from: loc, to: job.location)
            if visit.arrival != arrival { errors.append("visit \(i): arrival \(visit.arrival), expected \(arrival)") }
            if visit.start < ready { errors.append("visit \(i): starts at \(visit.start) before the technician is free at \(ready)") }
            let inWindow = job.windows.isEmpty || job.windows.contains { $0.start <= visit.start && visit.start <= $0.end }
            if !inWindow && i >= prefixCount { errors.append("visit \(i): start \(visit.start) outside every window") }
            if visit.end != visit.start + job.serviceDuration { errors.append("visit \(i): wrong end") }
            let onSite = route.breaks.filter { $0.beforeVisit == i && $0.start >= arrival }.reduce(0) { $0 + $1.end - $1.start }
            if visit.wait != visit.start - arrival - onSite { errors.append("visit \(i): wait \(visit.wait), expected \(visit.start - arrival - onSite)") }
            if i >= prefixCount && !job.requiredSkills.isSubset(of: vehicle.skills) { errors.append("visit \(i): missing skill") }
            if i >= prefixCount, let pin = job.pinnedVehicle, pin != v { errors.append("visit \(i): pinned elsewhere") }
            for k in 0..<problem.dimensionCount { load[k] += job.demand[k] }
            free = visit.end
            loc = job.location
        }
        if !route.visits.isEmpty {
            var departure = free
            let back = takeBreaks(before: route.visits.count, destination: vehicle.endLocation, arrivalFrom: &departure)
            travel += problem.travelCost(from: loc, to: vehicle.endLocation)
            if route.endTime != back { errors.append("end time \(route.endTime), expected \(back)") }
            if back > vehicle.shift.end + vehicle.maxOvertime { errors.append("back at \(back), after the shift and overtime") }
            // A break may be skipped only when the route is back before the break's window opens.
            let missed = vehicle.breaks.indices.filter { !breaksSeen.contains($0) && vehicle.breaks[$0].window.start <= back }
            if !missed.isEmpty { errors.append("took \(breaksSeen.count) of \(vehicle.breaks.count) breaks") }
            if route.travelCost != travel { errors.append("travel cost \(route.travelCost), expected \(travel)") }
            let overtime = max(0, back - vehicle.shift.end)
            if route.overtimeCost != overtime * vehicle.overtimeCostPerSecond { errors.append("overtime cost wrong") }
        }
        for k in 0..<problem.dimensionCount where load[k] > vehicle.capacity[k] { errors.append("overloaded in dimension \(k)") }
        return errors
    }

    /// Audits a whole solution: each route, each job at most once, unassigned = the rest.
    static func violations(_ problem: Problem, _ solution: Solution) -> [String] {
        var errors = solution.routes.flatMap { violations(problem, $0) }
        var seen = Set<Int>()
        for r in solution.routes { for j in r.jobs where !seen.insert(j).inserted { errors.append("job \(j) served twice") } }
        for u in solution.unassigned where seen.contains(u.job) { errors.append("job \(u.job) both served and unassigned") }
        if seen.count + solution.unassigned.count != problem.jobs.count { errors.append("jobs missing from the solution") }
        return errors
    }
}
