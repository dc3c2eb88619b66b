/// The recreate step of SISR: inserts each job at its cheapest feasible place, skipping each
/// candidate place with a small probability ("blinks") so equal-looking rebuilds differ.
struct BlinkInsertion {
    /// Probability of skipping a candidate position.
    var blinkRate = 0.01

    /// Inserts `jobs` (in the given order) into `state`, recording new touched routes; jobs with no
    /// feasible place are appended to `state.unassigned`.
    func recreate(_ jobs: [Int], into state: inout SearchState, _ data: ProblemData, _ rng: inout SplitMix64,
                  touched: inout [Int], isTouched: inout [Bool], classStamp: inout [Int], stamp: inout Int) {
        var blink = BlinkCountdown(rate: blinkRate, rng: rng)
        defer { rng = blink.rng }
        for u in jobs {
            stamp += 1
            var bestDelta = Int.max, bestRoute = -1, bestPos = -1
            for r in 0..<state.routes.count {
                let v = state.routes[r].vehicle
                if !data.canServe(u, v) || !data.fits(u, v, state.routes[r].load) { continue }
                if state.routes[r].isEmpty {
                    let cls = data.vehClass[v]
                    if cls >= 0 {
                        if classStamp[cls] == stamp { continue }
                        classStamp[cls] = stamp
                    }
                }
                var position = -1
                let before = bestDelta
                state.routes[r].bestInsertion(of: u, data, blink: &blink, bestDelta: &bestDelta, bestPosition: &position)
                if bestDelta < before { bestRoute = r; bestPos = position }
            }
            if bestRoute < 0 {
                state.unassigned.append(u)
                continue
            }
            state.routes[bestRoute].insert(u, at: bestPos, data)
            state.jobRoute[u] = bestRoute
            if !isTouched[bestRoute] {
                isTouched[bestRoute] = true
                touched.append(bestRoute)
            }
        }
    }
}
