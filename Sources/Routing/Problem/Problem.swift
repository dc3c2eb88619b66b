/// An immutable routing problem: travel matrices, jobs and vehicles.
///
/// Matrices are flat, row-major, `locationCount × locationCount`: entry `from * locationCount + to`.
/// Times are integer seconds from the plan's origin; any other consistent integer unit works (the
/// Solomon benchmark uses tenths of a distance unit).
public struct Problem: Sendable {
    /// Number of distinct places the matrices index.
    public let locationCount: Int
    /// Travel durations, seconds, flat row-major.
    public let durations: [Int]
    /// Travel distances (any unit), flat row-major; `nil` when only durations are known.
    public let distances: [Int]?
    /// The jobs, windows sorted and merged; demand padded to `dimensionCount`.
    public let jobs: [Job]
    /// The vehicles (technicians), capacity padded to `dimensionCount`, breaks sorted by window.
    public let vehicles: [Vehicle]
    /// What the travel part of the objective sums.
    public let costBasis: CostBasis
    /// Number of part (capacity) dimensions.
    public let dimensionCount: Int

    /// Validates and normalises the input.
    ///
    /// - Throws: `ProblemError` naming the first inconsistent item.
    public init(
        locationCount: Int,
        durations: [Int],
        distances: [Int]? = nil,
        jobs: [Job],
        vehicles: [Vehicle],
        costBasis: CostBasis = .duration
    ) throws {
        let cells = locationCount * locationCount
        if durations.count != cells || (distances != nil && distances!.count != cells) {
            throw ProblemError.matrixSizeMismatch(expected: cells, durations: durations.count, distances: distances?.count)
        }
        if let bad = durations.first(where: { $0 < 0 }) {
            throw ProblemError.negativeValue(what: "a travel duration", value: bad)
        }
        let dims = max(jobs.map(\.demand.count).max() ?? 0, vehicles.map(\.capacity.count).max() ?? 0)
        func checkLocation(_ what: String, _ l: Int) throws {
            if l < 0 || l >= locationCount {
                throw ProblemError.locationOutOfRange(what: what, location: l, locationCount: locationCount)
            }
        }
        var normalisedJobs = jobs
        for i in normalisedJobs.indices {
            var job = normalisedJobs[i]
            try checkLocation("job \(i)", job.location)
            if job.serviceDuration < 0 { throw ProblemError.negativeValue(what: "job \(i)'s service duration", value: job.serviceDuration) }
            if job.priority < 1 { throw ProblemError.negativeValue(what: "job \(i)'s priority minus one", value: job.priority - 1) }
            for w in job.windows where w.end < w.start { throw ProblemError.invalidWindow(what: "job \(i)", window: w) }
            for d in job.demand where d < 0 { throw ProblemError.negativeValue(what: "job \(i)'s demand", value: d) }
            if let p = job.pinnedVehicle, p < 0 || p >= vehicles.count { throw ProblemError.vehicleOutOfRange(job: i, vehicle: p) }
            job.windows = Problem.merged(job.windows)
            job.demand += Array(repeating: 0, count: dims - job.demand.count)
            normalisedJobs[i] = job
        }
        var fixed = Set<Int>()
        var normalisedVehicles = vehicles
        for v in normalisedVehicles.indices {
            var vehicle = normalisedVehicles[v]
            try checkLocation("vehicle \(v)'s start", vehicle.startLocation)
            try checkLocation("vehicle \(v)'s end", vehicle.endLocation)
            if vehicle.shift.end < vehicle.shift.start { throw ProblemError.invalidWindow(what: "vehicle \(v)'s shift", window: vehicle.shift) }
            if vehicle.maxOvertime < 0 { throw ProblemError.negativeValue(what: "vehicle \(v)'s overtime", value: vehicle.maxOvertime) }
            if vehicle.overtimeCostPerSecond < 0 { throw ProblemError.negativeValue(what: "vehicle \(v)'s overtime cost", value: vehicle.overtimeCostPerSecond) }
            for b in vehicle.breaks {
                if b.window.end < b.window.start { throw ProblemError.invalidWindow(what: "a break of vehicle \(v)", window: b.window) }
                if b.duration < 0 { throw ProblemError.negativeValue(what: "a break duration of vehicle \(v)", value: b.duration) }
            }
            for j in vehicle.fixedPrefix {
                if j < 0 || j >= jobs.count || !fixed.insert(j).inserted { throw ProblemError.invalidFixedPrefix(vehicle: v, job: j) }
            }
            vehicle.breaks.sort { ($0.window.start, $0.window.end) < ($1.window.start, $1.window.end) }
            vehicle.capacity += Array(repeating: 0, count: dims - vehicle.capacity.count)
            normalisedVehicles[v] = vehicle
        }
        self.locationCount = locationCount
        self.durations = durations
        self.distances = distances
        self.jobs = normalisedJobs
        self.vehicles = normalisedVehicles
        self.costBasis = distances == nil ? .duration : costBasis
        self.dimensionCount = dims
    }

    /// The same matrices and vehicles with other jobs (one relaxed, pinned or added), validated anew.
    public func replacingJobs(_ jobs: [Job]) throws -> Problem {
        try Problem(locationCount: locationCount, durations: durations, distances: distances, jobs: jobs,
                    vehicles: vehicles, costBasis: costBasis)
    }

    /// Travel duration from one location to another, seconds.
    @inlinable public func duration(from a: Int, to b: Int) -> Int { durations[a * locationCount + b] }

    /// Travel cost (duration or distance per `costBasis`) from one location to another.
    @inlinable public func travelCost(from a: Int, to b: Int) -> Int {
        if costBasis == .distance, let d = distances { return d[a * locationCount + b] }
        return durations[a * locationCount + b]
    }

    /// Sorted, non-overlapping windows covering the same instants.
    static func merged(_ windows: [TimeWindow]) -> [TimeWindow] {
        let sorted = windows.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        var out: [TimeWindow] = []
        for w in sorted {
            if let last = out.last, w.start <= last.end {
                out[out.count - 1].end = max(last.end, w.end)
            } else {
                out.append(w)
            }
        }
        return out
    }
}
