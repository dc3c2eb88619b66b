/// The problem flattened into contiguous arrays for the search's hot loops, with derived facts
/// (who can serve whom, neighbour lists, the unassigned-penalty unit).
///
/// Immutable once built; shared by reference among the evaluation and search types.
final class ProblemData: Sendable {
    let problem: Problem
    let locationCount: Int
    let jobCount: Int
    let vehicleCount: Int
    let dims: Int
    /// Travel durations, flat row-major.
    let dur: [Int]
    /// Travel cost per the cost basis, flat row-major.
    let cost: [Int]

    let jobLoc: [Int]
    let jobService: [Int]
    /// Windows of job `j` are `winStart[winOffset[j] ..< winOffset[j+1]]` (sorted, disjoint).
    let winOffset: [Int]
    let winStart: [Int]
    let winEnd: [Int]
    /// Latest window end of each job (or unbounded).
    let jobLastEnd: [Int]
    let jobDemand: [Int]
    /// Price of leaving each job unassigned: priority × `penaltyUnit`.
    let jobPenalty: [Int]
    /// Vehicle whose fixed prefix holds the job, or -1.
    let fixedVehicle: [Int]

    let vehStart: [Int]
    let vehEnd: [Int]
    let vehDepart: [Int]
    let vehShiftEnd: [Int]
    let vehLatestEnd: [Int]
    let vehOvertimeRate: [Int]
    let vehCapacity: [Int]
    /// Breaks of vehicle `v` are `brDur[brOffset[v] ..< brOffset[v+1]]`, sorted by window.
    let brOffset: [Int]
    let brDur: [Int]
    let brStart: [Int]
    let brEnd: [Int]
    let vehPrefix: [[Int]]
    /// True when the vehicle has no breaks and no overtime cost, so O(1) slack checks are exact.
    let vehSimple: [Bool]
    /// Vehicles with the same class are interchangeable when empty.
    let vehClass: [Int]
    /// `canServe[j * vehicleCount + v]`: skills, pin and capacity allow vehicle v to serve job j.
    let canServe: [Bool]
    /// `neighbours[j * neighbourCount ..< (j+1) * neighbourCount]`: other jobs by increasing cost.
    let neighbours: [Int]
    let neighbourCount: Int
    /// Larger than any possible travel-plus-overtime cost, so serving a job always pays.
    let penaltyUnit: Int

    static let noTime = Int.min

    /// - Parameter withNeighbours: build the neighbour lists; only the search needs them, and they are
    ///   the costliest part for large problems, so evaluation and queries skip them.
    init(_ p: Problem, withNeighbours: Bool = true) {
        problem = p
        locationCount = p.locationCount
        jobCount = p.jobs.count
        vehicleCount = p.vehicles.count
        dims = p.dimensionCount
        dur = p.durations
        cost = p.costBasis == .distance ? (p.distances ?? p.durations) : p.durations
        let unbounded = TimeWindow.unbounded
        var wo = [0], ws = [Int](), we = [Int](), last = [Int]()
        for job in p.jobs {
            let windows = job.windows.isEmpty ? [unbounded] : job.windows
            for w in windows { ws.append(w.start); we.append(w.end) }
            wo.append(ws.count)
            last.append(windows.last!.end)
        }
        winOffset = wo; winStart = ws; winEnd = we; jobLastEnd = last
        jobLoc = p.jobs.map(\.location)
        jobService = p.jobs.map(\.serviceDuration)
        jobDemand = p.jobs.flatMap(\.demand)
        let maxCost = max(cost.max() ?? 0, dur.max() ?? 0, 1)
        let maxRate = p.vehicles.map(\.overtimeCostPerSecond).max() ?? 0
        let maxOvertime = p.vehicles.map(\.maxOvertime).max() ?? 0
        let unit = maxCost * (jobCount + 2 * p.vehicles.count + 1) + maxRate * maxOvertime * p.vehicles.count + 1
        penaltyUnit = unit
        jobPenalty = p.jobs.map { $0.priority * unit }
        var fv = [Int](repeating: -1, count: p.jobs.count)
        for (v, vehicle) in p.vehicles.enumerated() { for j in vehicle.fixedPrefix { fv[j] = v } }
        fixedVehicle = fv

        vehStart = p.vehicles.map(\.startLocation)
        vehEnd = p.vehicles.map(\.endLocation)
        vehDepart = p.vehicles.map(\.shift.start)
        vehShiftEnd = p.vehicles.map(\.shift.end)
        vehLatestEnd = p.vehicles.map { $0.shift.end + $0.maxOvertime }
        vehOvertimeRate = p.vehicles.map(\.overtimeCostPerSecond)
        vehCapacity = p.vehicles.flatMap(\.capacity)
        var bo = [0], bd = [Int](), bs = [Int](), be = [Int]()
        for vehicle in p.vehicles {
            for b in vehicle.breaks { bd.append(b.duration); bs.append(b.window.start); be.append(b.window.end) }
            bo.append(bd.count)
        }
        brOffset = bo; brDur = bd; brStart = bs; brEnd = be
        vehPrefix = p.vehicles.map(\.fixedPrefix)
        vehSimple = p.vehicles.map { $0.breaks.isEmpty && $0.overtimeCostPerSecond == 0 }
        var classes: [Vehicle: Int] = [:]
        vehClass = p.vehicles.enumerated().map { v, vehicle in
            if !vehicle.fixedPrefix.isEmpty { return -1 - v }
            if let c = classes[vehicle] { return c }
            classes[vehicle] = classes.count
            return classes.count - 1
        }
        var cs = [Bool](repeating: false, count: p.jobs.count * p.vehicles.count)
        for (j, job) in p.jobs.enumerated() {
            for (v, vehicle) in p.vehicles.enumerated() {
                if let pin = job.pinnedVehicle, pin != v { continue }
                if !job.requiredSkills.isSubset(of: vehicle.skills) { continue }
                if zip(job.demand, vehicle.capacity).contains(where: { $0 > $1 }) { continue }
                cs[j * p.vehicles.count + v] = true
            }
        }
        canServe = cs
        let k = withNeighbours ? min(max(jobCount - 1, 0), 100) : 0
        neighbourCount = k
        var nb = [Int]()
        nb.reserveCapacity(jobCount * k)
        let locs = jobLoc, lc = locationCount, c = cost
        // Each job's k nearest by round-trip cost, ties by index: keys pack (cost, index) so that a
        // selection of the k smallest followed by a sort of those k replaces a full sort per job.
        let indexBits = max(1, (jobCount).bitWidth - jobCount.leadingZeroBitCount)
        var keys = [Int](repeating: 0, count: max(jobCount - 1, 0))
        for j in 0..<(k > 0 ? jobCount : 0) {
            var n = 0
            for o in 0..<jobCount where o != j {
                keys[n] = (c[locs[j] * lc + locs[o]] + c[locs[o] * lc + locs[j]]) << indexBits | o
                n += 1
            }
            ProblemData.selectSmallest(&keys, k)
            keys[0..<k].sort()
            for key in keys[0..<k] { nb.append(key & ((1 << indexBits) - 1)) }
        }
        neighbours = nb
    }

    /// Reorders `keys` so that its first `k` elements are its `k` smallest (in any order):
    /// quickselect, expected O(n).
    static func selectSmallest(_ keys: inout [Int], _ k: Int) {
        var lo = 0, hi = keys.count - 1
        guard k > 0, k < keys.count else { return }
        while lo < hi {
            let pivot = keys[lo + (hi - lo) / 2]
            var i = lo, j = hi
            while i <= j {
                while keys[i] < pivot { i += 1 }
                while keys[j] > pivot { j -= 1 }
                if i <= j {
                    keys.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if k - 1 <= j { hi = j } else if k - 1 >= i { lo = i } else { return }
        }
    }

    @inline(__always) func d(_ a: Int, _ b: Int) -> Int { dur[a * locationCount + b] }
    @inline(__always) func c(_ a: Int, _ b: Int) -> Int { cost[a * locationCount + b] }

    /// Earliest service start of job `j` for an arrival at `arrival`, or `noTime` if every window
    /// has closed.
    @inline(__always) func earliestStart(_ j: Int, _ arrival: Int) -> Int {
        var w = winOffset[j]
        let e = winOffset[j + 1]
        while w < e {
            if arrival <= winEnd[w] { return max(arrival, winStart[w]) }
            w += 1
        }
        return ProblemData.noTime
    }

    /// Latest service start of job `j` no later than `bound`, or `noTime` if none.
    @inline(__always) func latestStart(_ j: Int, _ bound: Int) -> Int {
        var w = winOffset[j + 1] - 1
        let s = winOffset[j]
        while w >= s {
            if winStart[w] <= bound { return min(winEnd[w], bound) }
            w -= 1
        }
        return ProblemData.noTime
    }

    @inline(__always) func canServe(_ j: Int, _ v: Int) -> Bool { canServe[j * vehicleCount + v] }

    /// True when job j's demand fits beside `load` in vehicle v.
    @inline(__always) func fits(_ j: Int, _ v: Int, _ load: [Int]) -> Bool {
        var k = 0
        while k < dims {
            if load[k] + jobDemand[j * dims + k] > vehCapacity[v * dims + k] { return false }
            k += 1
        }
        return true
    }
}
