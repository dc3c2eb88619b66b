import Foundation

/// Simulated annealing over SISR ruin-and-recreate moves.
///
/// Each iteration removes strings of nearby jobs, reinserts them (with the jobs still unassigned)
/// greedily with blinks, and accepts the result if it is not worse than the current cost by more
/// than a random threshold that shrinks geometrically from the initial to the final temperature.
struct RuinAndRecreate {
    var ruin = StringRemoval()
    var recreate = BlinkInsertion()
    var initialTemperature = 6.0
    var finalTemperature = 0.03

    struct Outcome {
        var best: SearchState
        var iterations: Int
        var elapsedSeconds: Double
    }

    func run(_ start: SearchState, _ data: ProblemData, _ rng: inout SplitMix64,
             timeLimit: Double?, iterationLimit: Int?, progress: (@Sendable (SolverProgress) -> Void)?) -> Outcome {
        let clock = ContinuousClock()
        let t0 = clock.now
        func seconds() -> Double {
            let d = clock.now - t0
            return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
        }
        var current = start
        var work = start
        var best = start
        var currentCost = current.cost(data)
        var bestCost = currentCost
        var assigned = 0, used = 0
        for r in start.routes where !r.jobs.isEmpty { used += 1; assigned += r.jobs.count }
        let meanArc = max(1.0, Double(start.routes.reduce(0) { $0 + $1.travelCost }) / Double(max(1, assigned + used)))
        let tStart = initialTemperature * meanArc
        let tEnd = finalTemperature * meanArc
        var removed: [Int] = [], touched: [Int] = [], toInsert: [Int] = []
        removed.reserveCapacity(data.jobCount)
        toInsert.reserveCapacity(data.jobCount)
        var isTouched = [Bool](repeating: false, count: data.vehicleCount)
        var classStamp = [Int](repeating: 0, count: data.vehicleCount + 1)
        var stamp = 0
        var keys = [Int](repeating: 0, count: data.jobCount)
        var iteration = 0
        var elapsed = 0.0
        var lastReport = 0
        let hasJobs = data.jobCount > 0
        while hasJobs {
            if let limit = iterationLimit, iteration >= limit { break }
            elapsed = seconds()
            if let limit = timeLimit, elapsed >= limit { break }
            var fraction = 0.0
            if let limit = iterationLimit { fraction = Double(iteration) / Double(max(1, limit)) }
            else if let limit = timeLimit { fraction = elapsed / max(1e-9, limit) }
            let temperature = tStart * pow(tEnd / tStart, min(1, fraction))

            removed.removeAll(keepingCapacity: true)
            touched.removeAll(keepingCapacity: true)
            ruin.ruin(&work, data, &rng, removed: &removed, touched: &touched, isTouched: &isTouched)
            toInsert.removeAll(keepingCapacity: true)
            toInsert.append(contentsOf: removed)
            toInsert.append(contentsOf: work.unassigned)
            work.unassigned.removeAll(keepingCapacity: true)
            order(&toInsert, InsertionOrder.draw(&rng), data, &rng, &keys)
            recreate.recreate(toInsert, into: &work, data, &rng, touched: &touched, isTouched: &isTouched,
                              classStamp: &classStamp, stamp: &stamp)
            let cost = work.cost(data)
            let threshold = Double(currentCost) - temperature * log(rng.unit() + 1e-300)
            if Double(cost) < threshold {
                current.restore(from: work, routes: touched, jobs: toInsert)
                currentCost = cost
                if cost < bestCost {
                    bestCost = cost
                    best = current
                    if let progress, iteration - lastReport >= 64 {
                        lastReport = iteration
                        progress(snapshot(best, bestCost, iteration, elapsed, fraction, data))
                    }
                }
            } else {
                work.restore(from: current, routes: touched, jobs: toInsert)
            }
            for r in touched { isTouched[r] = false }
            iteration += 1
            if let progress, iteration - lastReport >= 1024 {
                lastReport = iteration
                progress(snapshot(best, bestCost, iteration, elapsed, fraction, data))
            }
        }
        elapsed = seconds()
        if let progress {
            progress(snapshot(best, bestCost, iteration, elapsed, 1, data))
        }
        return Outcome(best: best, iterations: iteration, elapsedSeconds: elapsed)
    }

    /// Shuffles, then sorts by priority (highest first) and the drawn order's key.
    func order(_ jobs: inout [Int], _ how: InsertionOrder, _ data: ProblemData, _ rng: inout SplitMix64, _ keys: inout [Int]) {
        var i = jobs.count - 1
        while i > 0 {
            let k = rng.below(i + 1)
            jobs.swapAt(i, k)
            i -= 1
        }
        for j in jobs { keys[j] = how.key(j, data) }
        let pri = data.jobPenalty
        jobs.sort { a, b in
            if pri[a] != pri[b] { return pri[a] > pri[b] }
            return keys[a] < keys[b]
        }
    }

    func snapshot(_ s: SearchState, _ cost: Int, _ iteration: Int, _ elapsed: Double, _ fraction: Double, _ data: ProblemData) -> SolverProgress {
        var penalty = 0
        for j in s.unassigned { penalty += data.problem.jobs[j].priority }
        return SolverProgress(iteration: iteration, elapsedSeconds: elapsed, fraction: min(1, fraction),
                              bestCost: cost - penalty * data.penaltyUnit, assignedCount: data.jobCount - s.unassigned.count,
                              unassignedPriority: penalty)
    }
}
