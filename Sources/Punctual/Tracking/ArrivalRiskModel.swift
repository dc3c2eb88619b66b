import Foundation
import struct Routing.FixedRouteScheduler
import struct Routing.SplitMix64
import PunctualCore

/// Arrival-time distributions for a technician's remaining visits, by Monte Carlo around the
/// expected timeline.
///
/// `FixedRouteScheduler` gives the expected timeline (travel, waits for window starts, breaks).
/// Each sample then redraws the uncertain parts and replays the route: the service left at the
/// current visit (around the technician's own "about N more minutes" when they said it) and every
/// later service time from the job type's learned log-normal factor, and
/// every travel leg as the estimate times a log-normal factor of spread `travelTimeSpread`. A
/// sample that arrives before a window opens waits for it, and a break the expected timeline takes
/// at a stop is taken there too, so delays are absorbed by slack the way they are on the road.
/// The seed is fixed: equal inputs give equal forecasts.
public struct ArrivalRiskModel: Sendable {
    public let policy: TrackingPolicy

    public init(policy: TrackingPolicy) {
        self.policy = policy
    }

    public func forecasts(for route: RemainingRouteProblem, technician: String, model: ServiceTimeModel,
                          travelModel: TravelTimeModel = .neutral) -> [VisitForecast] {
        let upcoming = route.upcoming
        guard !upcoming.isEmpty else { return [] }
        let scheduler = FixedRouteScheduler(problem: route.problem)
        let expected = scheduler.schedule(vehicle: 0, jobs: Array(upcoming.indices), from: route.start).visits
        let jobs = route.problem.jobs
        let startExpected = Double(route.start.time + route.start.remainingService)

        // Per visit: expected travel leg into it, hold at the stop not due to a window (a break),
        // window start, and the log-normal service factor.
        var travel = [Double](repeating: 0, count: upcoming.count)
        var breakHold = [Double](repeating: 0, count: upcoming.count)
        var windowStart = [Double](repeating: -.infinity, count: upcoming.count)
        var previousEnd = startExpected
        for (k, estimate) in expected.enumerated() {
            // The estimate's leg, at the real roads' pace for when it sets off.
            travel[k] = max(0, Double(estimate.arrival) - previousEnd) * travelModel.factor(secondsOfDay: Int(previousEnd))
            if let window = jobs[k].windows.first { windowStart[k] = Double(window.start) }
            let windowWait = max(0, windowStart[k] - Double(estimate.arrival))
            breakHold[k] = max(0, Double(estimate.start - estimate.arrival) - windowWait)
            previousEnd = Double(estimate.end)
        }
        let factors = upcoming.map { model.factor(for: $0.job.type, technician: technician) }
        let plannedService = upcoming.map { Double($0.job.durationMinutes * 60) }

        let n = max(1, policy.samples)
        var arrivals = [[Double]](repeating: [Double](repeating: 0, count: n), count: upcoming.count)
        var random = NormalSampler(seed: policy.seed)
        let elapsed = Double(route.elapsedService)
        let currentPlanned = route.current.map { Double($0.job.durationMinutes * 60) }
        let currentFactor = route.current.map { model.factor(for: $0.job.type, technician: technician) }
        // Antithetic pairs: odd samples replay the previous sample's draws negated, which halves
        // the sampling noise of symmetric quantities such as the median for the same cost.
        var draws = [Double](repeating: 0, count: 1 + 2 * upcoming.count)
        for s in 0..<n {
            if s % 2 == 0 {
                for d in draws.indices { draws[d] = random.next() }
            } else {
                for d in draws.indices { draws[d] = -draws[d] }
            }
            var time = Double(route.start.time)
            if let reported = route.reportedRemainingService {
                // "About N more minutes": centred on their word, spread as an estimate's is.
                time += max(Double(reported) * exp(policy.workLeftSpread * draws[0]), Double(policy.minimumRemainingService))
            } else if let currentPlanned, let currentFactor {
                let total = currentPlanned * exp(currentFactor.mu + currentFactor.sigma * draws[0])
                time += max(total - elapsed, Double(policy.minimumRemainingService))
            }
            for k in upcoming.indices {
                let arrival = time + travel[k] * exp(policy.travelTimeSpread * draws[1 + 2 * k])
                arrivals[k][s] = arrival
                let start = max(arrival + breakHold[k], windowStart[k])
                time = start + plannedService[k] * exp(factors[k].mu + factors[k].sigma * draws[2 + 2 * k])
            }
        }

        return upcoming.indices.map { k in
            arrivals[k].sort()
            let windowEnd = upcoming[k].job.promisedWindow?.end
            var pLate = 0.0
            if let windowEnd {
                let limit = windowEnd.timeIntervalSince(route.origin)
                let onTime = Self.countAtOrBelow(limit, in: arrivals[k])
                pLate = Double(n - onTime) / Double(n)
            }
            return VisitForecast(
                jobID: upcoming[k].job.id, technicianID: technician,
                medianArrival: route.origin.addingTimeInterval(Self.quantile(0.5, of: arrivals[k]).rounded()),
                p90Arrival: route.origin.addingTimeInterval(Self.quantile(0.9, of: arrivals[k]).rounded()),
                pLate: pLate, windowEnd: windowEnd)
        }
    }

    /// The `q` quantile of sorted samples (nearest rank).
    static func quantile(_ q: Double, of sorted: [Double]) -> Double {
        sorted[min(sorted.count - 1, max(0, Int((q * Double(sorted.count)).rounded(.up)) - 1))]
    }

    /// How many sorted samples are ≤ `limit`.
    static func countAtOrBelow(_ limit: Double, in sorted: [Double]) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] <= limit { low = mid + 1 } else { high = mid }
        }
        return low
    }
}

/// Standard normal draws from a seeded SplitMix64 (Box–Muller, both values used).
struct NormalSampler {
    private var generator: SplitMix64
    private var spare: Double?

    init(seed: UInt64) {
        generator = SplitMix64(seed: seed)
    }

    mutating func next() -> Double {
        if let spare {
            self.spare = nil
            return spare
        }
        let u1 = Double(generator.next() >> 11 | 1) * 0x1p-53
        let u2 = Double(generator.next() >> 11) * 0x1p-53
        let radius = sqrt(-2 * log(u1))
        spare = radius * sin(2 * .pi * u2)
        return radius * cos(2 * .pi * u2)
    }
}
