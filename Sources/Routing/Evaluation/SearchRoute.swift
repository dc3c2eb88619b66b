/// One vehicle's route during the search, with the caches that make a move's check O(1).
///
/// Index convention for the caches: stop 0 is the start location, stops 1…m the jobs, stop m+1
/// the end location.
struct SearchRoute {
    let vehicle: Int
    /// Jobs in visit order; the first `prefixCount` are the vehicle's fixed prefix.
    var jobs: [Int]
    let prefixCount: Int
    /// `depart[k]`: earliest time the vehicle can leave stop k (k = 0…m), seconds.
    var depart: [Int]
    /// `latestArrival[k]`: latest arrival at stop k (k = 1…m+1) that keeps the rest feasible.
    var latestArrival: [Int]
    /// Parts carried, per dimension.
    var load: [Int]
    /// Travel cost per the cost basis.
    var travelCost = 0
    /// Overtime cost.
    var overtimeCost = 0
    /// Return time, seconds.
    var endTime = 0

    var cost: Int { travelCost + overtimeCost }
    var isEmpty: Bool { jobs.count == prefixCount }

    init(vehicle: Int, data: ProblemData) {
        self.vehicle = vehicle
        jobs = data.vehPrefix[vehicle]
        prefixCount = jobs.count
        jobs.reserveCapacity(data.jobCount)
        depart = []
        depart.reserveCapacity(data.jobCount + 2)
        latestArrival = []
        latestArrival.reserveCapacity(data.jobCount + 2)
        load = Array(repeating: 0, count: data.dims)
        update(data)
    }

    /// Copies another route of the same vehicle without reallocating.
    mutating func assign(from other: SearchRoute) {
        jobs.removeAll(keepingCapacity: true)
        jobs.append(contentsOf: other.jobs)
        depart.removeAll(keepingCapacity: true)
        depart.append(contentsOf: other.depart)
        latestArrival.removeAll(keepingCapacity: true)
        latestArrival.append(contentsOf: other.latestArrival)
        for k in load.indices { load[k] = other.load[k] }
        travelCost = other.travelCost
        overtimeCost = other.overtimeCost
        endTime = other.endTime
    }

    /// Recomputes every cache from `jobs`.
    mutating func update(_ data: ProblemData) {
        let v = vehicle
        let m = jobs.count
        for k in load.indices { load[k] = 0 }
        for j in jobs { for k in 0..<data.dims { load[k] += data.jobDemand[j * data.dims + k] } }
        depart.removeAll(keepingCapacity: true)
        latestArrival.removeAll(keepingCapacity: true)
        depart.append(data.vehDepart[v])
        if data.vehSimple[v] {
            var t = data.vehDepart[v]
            var loc = data.vehStart[v]
            var travel = 0
            for j in jobs {
                let l = data.jobLoc[j]
                let a = t + data.d(loc, l)
                travel += data.c(loc, l)
                var s = data.earliestStart(j, a)
                if s == ProblemData.noTime { s = a }  // only in a fixed prefix
                t = s + data.jobService[j]
                depart.append(t)
                loc = l
            }
            travelCost = travel + data.c(loc, data.vehEnd[v])
            endTime = t + data.d(loc, data.vehEnd[v])
            overtimeCost = 0
        } else {
            var sink = DepartureSink(depart: depart)
            depart = []
            let o = data.simulate(vehicle: v, jobs: jobs, prefixCount: prefixCount,
                                  location: data.vehStart[v], time: data.vehDepart[v], sink: &sink)
            swap(&depart, &sink.depart)
            travelCost = o.travelCost
            endTime = o.endTime
            overtimeCost = m > 0 ? data.overtimeCost(v, endTime: o.endTime) : 0
        }
        // Latest arrivals, backward (breaks ignored: complex vehicles are checked by simulation).
        for _ in 0...(m + 1) { latestArrival.append(0) }
        latestArrival[m + 1] = data.vehLatestEnd[v]
        var nextLoc = data.vehEnd[v]
        var i = m
        while i >= 1 {
            let j = jobs[i - 1]
            let l = data.jobLoc[j]
            let bound = latestArrival[i + 1] - data.jobService[j] - data.d(l, nextLoc)
            let ls = data.latestStart(j, bound)
            latestArrival[i] = (ls == ProblemData.noTime || i <= prefixCount) ? bound : ls
            nextLoc = l
            i -= 1
        }
    }

    /// Added cost of inserting job `u` before `jobs[p]` (p = m appends), or `nil` if infeasible.
    /// Capacity is the caller's check.
    @inline(__always) func insertionDelta(_ u: Int, at p: Int, _ data: ProblemData) -> Int? {
        let v = vehicle
        let m = jobs.count
        let prevLoc = p == 0 ? data.vehStart[v] : data.jobLoc[jobs[p - 1]]
        let nextLoc = p == m ? data.vehEnd[v] : data.jobLoc[jobs[p]]
        let ul = data.jobLoc[u]
        if data.vehSimple[v] {
            let arrival = depart[p] + data.d(prevLoc, ul)
            let s = data.earliestStart(u, arrival)
            if s == ProblemData.noTime { return nil }
            if s + data.jobService[u] + data.d(ul, nextLoc) > latestArrival[p + 1] { return nil }
            return data.c(prevLoc, ul) + data.c(ul, nextLoc) - data.c(prevLoc, nextLoc)
        }
        var sink = NoSink()
        let o = data.simulate(vehicle: v, jobs: InsertedJobs(base: jobs, job: u, position: p), prefixCount: prefixCount,
                              location: data.vehStart[v], time: data.vehDepart[v], sink: &sink)
        if !o.feasible { return nil }
        return o.travelCost + data.overtimeCost(v, endTime: o.endTime) - cost
    }

    /// Inserts job `u` before `jobs[p]` and refreshes the caches.
    ///
    /// For simple vehicles only the stretch that changes is recomputed: departures forward from
    /// `u` until they meet the old ones, latest arrivals backward until they do.
    mutating func insert(_ u: Int, at p: Int, _ data: ProblemData) {
        let v = vehicle
        guard data.vehSimple[v] else {
            jobs.insert(u, at: p)
            update(data)
            return
        }
        let oldM = jobs.count
        let prevLoc = p == 0 ? data.vehStart[v] : data.jobLoc[jobs[p - 1]]
        let nextLoc = p == oldM ? data.vehEnd[v] : data.jobLoc[jobs[p]]
        let ul = data.jobLoc[u]
        travelCost += data.c(prevLoc, ul) + data.c(ul, nextLoc) - data.c(prevLoc, nextLoc)
        for k in 0..<data.dims { load[k] += data.jobDemand[u * data.dims + k] }
        jobs.insert(u, at: p)
        let m = oldM + 1
        // Forward: stop k = p + 1 is u; old departures of later stops sit shifted by one.
        depart.insert(0, at: p + 1)
        var t = depart[p]
        var loc = prevLoc
        var k = p + 1
        var reachedEnd = true
        while k <= m {
            let j = jobs[k - 1]
            let l = data.jobLoc[j]
            let a = t + data.d(loc, l)
            var s = data.earliestStart(j, a)
            if s == ProblemData.noTime { s = a }
            t = s + data.jobService[j]
            if k > p + 1 && depart[k] == t { reachedEnd = false; break }
            depart[k] = t
            loc = l
            k += 1
        }
        if reachedEnd { endTime = t + data.d(loc, data.vehEnd[v]) }
        // Backward: stops after u keep their latest arrivals.
        latestArrival.insert(0, at: p + 1)
        var next = nextLoc
        k = p + 1
        while k >= 1 {
            let j = jobs[k - 1]
            let l = data.jobLoc[j]
            let bound = latestArrival[k + 1] - data.jobService[j] - data.d(l, next)
            let ls = data.latestStart(j, bound)
            let value = (ls == ProblemData.noTime || k <= prefixCount) ? bound : ls
            if k <= p && latestArrival[k] == value { break }
            latestArrival[k] = value
            next = l
            k -= 1
        }
    }
}
