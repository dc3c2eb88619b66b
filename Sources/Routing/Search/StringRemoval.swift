/// The ruin step of SISR (Christiaens & Vanden Berghe, 2020): removes a few strings of
/// consecutive jobs from routes that lie near a random seed job, so the recreate step can rebuild
/// that neighbourhood differently.
struct StringRemoval {
    /// Average number of jobs removed per ruin (c̄ in the paper).
    var averageRemoved = 10.0
    /// Longest string removed (L^max).
    var maxStringLength = 10.0
    /// Probability of a split string, which keeps a middle part of the string in place (α).
    var splitRate = 0.5
    /// Chance of stopping the growth of the kept part at each step (β).
    var splitDepth = 0.01

    /// Removes strings from `state`, appending removed jobs to `removed` and ruined routes to `touched`.
    func ruin(_ state: inout SearchState, _ data: ProblemData, _ rng: inout SplitMix64,
              removed: inout [Int], touched: inout [Int], isTouched: inout [Bool]) {
        var assigned = 0, used = 0
        for r in state.routes where r.jobs.count > r.prefixCount {
            assigned += r.jobs.count - r.prefixCount
            used += 1
        }
        if assigned == 0 { return }
        let lsMax = min(maxStringLength, Double(assigned) / Double(used))
        let ksMax = 4.0 * averageRemoved / (1.0 + lsMax) - 1.0
        let ks = Int(1.0 + rng.unit() * ksMax)
        // A random removable job as seed.
        var seed = -1
        for _ in 0..<(4 * data.jobCount) {
            let j = rng.below(data.jobCount)
            if state.jobRoute[j] >= 0 && data.fixedVehicle[j] < 0 { seed = j; break }
        }
        if seed < 0 { return }
        var ruined = 0
        var k = -1
        while ruined < ks && k < data.neighbourCount {
            let c = k < 0 ? seed : data.neighbours[seed * data.neighbourCount + k]
            k += 1
            let r = state.jobRoute[c]
            if r < 0 || isTouched[r] || data.fixedVehicle[c] >= 0 { continue }
            let route = state.routes[r]
            let pre = route.prefixCount
            let card = route.jobs.count - pre
            let lMax = min(Double(card), lsMax)
            let l = min(card, Int(1.0 + rng.unit() * lMax))
            guard let pc = route.jobs.firstIndex(of: c) else { continue }
            if l < card && rng.unit() < splitRate {
                var keep = 1
                while l + keep < card && rng.unit() > splitDepth { keep += 1 }
                let total = l + keep
                let lo = max(pre, pc - total + 1), hi = min(pc, route.jobs.count - total)
                let s = lo + rng.below(hi - lo + 1)
                let o = 1 + rng.below(l)  // kept block starts after at least one removed job
                let keepStart = s + min(o, l), keepEnd = keepStart + keep
                var p = s + total - 1
                while p >= s {
                    if p < keepStart || p >= keepEnd { removed.append(state.remove(route: r, position: p)) }
                    p -= 1
                }
            } else {
                let lo = max(pre, pc - l + 1), hi = min(pc, route.jobs.count - l)
                let s = lo + rng.below(hi - lo + 1)
                var p = s + l - 1
                while p >= s {
                    removed.append(state.remove(route: r, position: p))
                    p -= 1
                }
            }
            state.routes[r].update(data)
            isTouched[r] = true
            touched.append(r)
            ruined += 1
        }
    }
}
