/// A plan: a route per vehicle (empty when unused), the jobs left out with their reasons, and the
/// objective's parts.
///
/// The objective is lexicographic in effect: first the priority left unassigned, then travel plus
/// overtime cost.
public struct Solution: Sendable, Hashable, Codable {
    /// One route per vehicle, in vehicle order.
    public var routes: [Route]
    /// Jobs served by no route, by increasing job index.
    public var unassigned: [UnassignedJob]
    /// Sum of route travel costs.
    public var travelCost: Int
    /// Sum of route overtime costs.
    public var overtimeCost: Int
    /// Sum of the priorities of unassigned jobs.
    public var unassignedPriority: Int
    /// Search iterations that produced this solution (0 when only evaluated).
    public var iterations: Int
    /// Search time, seconds.
    public var elapsedSeconds: Double

    /// Travel plus overtime cost.
    public var cost: Int { travelCost + overtimeCost }

    /// Vehicle `v` driving `jobs` (its fixed prefix first), simulated: times, breaks, load, costs and
    /// whether it keeps every window, the shift, the skills and the capacity, each job once.
    static func route(_ v: Int, jobs: [Int], data: ProblemData) -> Route {
        var sink = RecordingSink()
        let prefix = data.vehPrefix[v]
        let prefixCount = jobs.starts(with: prefix) ? prefix.count : 0
        let o = data.simulate(vehicle: v, jobs: jobs, prefixCount: prefixCount, location: data.vehStart[v],
                              time: data.vehDepart[v], sink: &sink)
        var load = [Int](repeating: 0, count: data.dims)
        var feasible = o.feasible && prefixCount == prefix.count && Set(jobs).count == jobs.count
        for (position, j) in jobs.enumerated() {
            for k in 0..<data.dims { load[k] += data.jobDemand[j * data.dims + k] }
            if position >= prefixCount && !data.canServe(j, v) { feasible = false }
        }
        for k in 0..<data.dims where load[k] > data.vehCapacity[v * data.dims + k] {
            // An overloaded fixed prefix is a fact, not a search error.
            if !jobs.allSatisfy({ data.fixedVehicle[$0] == v }) { feasible = false }
        }
        let used = !jobs.isEmpty
        let ot = used ? max(0, o.endTime - data.vehShiftEnd[v]) : 0
        return Route(
            vehicle: v, visits: sink.visits, breaks: sink.breaks, departure: data.vehDepart[v],
            endTime: used ? o.endTime : data.vehDepart[v], travelCost: used ? o.travelCost : 0,
            travelDuration: used ? o.travelDuration : 0, overtime: ot, overtimeCost: ot * data.vehOvertimeRate[v],
            load: load, isFeasible: feasible)
    }
    /// Every route feasible and every job served at most once.
    public var isFeasible: Bool { routes.allSatisfy(\.isFeasible) }
    /// Number of vehicles with at least one visit.
    public var usedVehicles: Int { routes.filter { !$0.isEmpty }.count }

    /// Evaluates given routes (job indices per vehicle, fixed prefixes included) without optimising;
    /// jobs on no route are reported unassigned with their reason.
    public init(problem: Problem, routes: [[Int]]) {
        self.init(data: ProblemData(problem, withNeighbours: false), routes: routes, iterations: 0, elapsedSeconds: 0)
    }

    init(data: ProblemData, routes jobLists: [[Int]], iterations: Int, elapsedSeconds: Double) {
        var routes: [Route] = []
        var served = [Bool](repeating: false, count: data.jobCount)
        var travel = 0, overtime = 0
        for v in 0..<data.vehicleCount {
            let jobs = v < jobLists.count ? jobLists[v] : []
            var route = Self.route(v, jobs: jobs, data: data)
            // A job on two routes makes the second one wrong.
            for j in jobs {
                if served[j] { route.isFeasible = false }
                served[j] = true
            }
            travel += route.travelCost
            overtime += route.overtimeCost
            routes.append(route)
        }
        var unassigned: [UnassignedJob] = []
        var priority = 0
        for j in 0..<data.jobCount where !served[j] {
            unassigned.append(UnassignedJob(job: j, reason: Solution.reason(j, data)))
            priority += data.problem.jobs[j].priority
        }
        self.routes = routes
        self.unassigned = unassigned
        self.travelCost = travel
        self.overtimeCost = overtime
        self.unassignedPriority = priority
        self.iterations = iterations
        self.elapsedSeconds = elapsedSeconds
    }

    /// The most fundamental cause that keeps job `j` off every route.
    static func reason(_ j: Int, _ data: ProblemData) -> UnassignedReason {
        let job = data.problem.jobs[j]
        let skilled = data.problem.vehicles.indices.filter { v in
            (job.pinnedVehicle == nil || job.pinnedVehicle == v) && job.requiredSkills.isSubset(of: data.problem.vehicles[v].skills)
        }
        if skilled.isEmpty { return .noTechnicianWithSkills }
        let stocked = skilled.filter { data.canServe(j, $0) }
        if stocked.isEmpty { return .partsExceedEveryVan }
        for v in stocked {
            var sink = NoSink()
            let prefix = data.vehPrefix[v]
            let o = data.simulate(vehicle: v, jobs: prefix + [j], prefixCount: prefix.count,
                                  location: data.vehStart[v], time: data.vehDepart[v], sink: &sink)
            if o.feasible { return .noRoom }
        }
        return .windowUnreachable
    }
}
