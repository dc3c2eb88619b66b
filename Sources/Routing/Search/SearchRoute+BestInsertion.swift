extension SearchRoute {
    /// Cheapest feasible insertion of job `u` in this route, skipping blinked positions; updates
    /// `bestDelta`/`bestPosition` only when strictly cheaper.
    ///
    /// `blink` counts the positions left before the next skipped one (see `BlinkInsertion`).
    ///
    /// The hot loop of the search: for vehicles without breaks or overtime cost it walks raw
    /// buffers with the O(1) slack check; otherwise it falls back to `insertionDelta`.
    @inline(__always)
    func bestInsertion(of u: Int, _ data: ProblemData, blink: inout BlinkCountdown,
                       bestDelta: inout Int, bestPosition: inout Int) {
        let m = jobs.count
        let lastEnd = data.jobLastEnd[u]
        if !data.vehSimple[vehicle] {
            var p = prefixCount
            while p <= m {
                if depart[p] > lastEnd { break }
                if blink.skip() { p += 1; continue }
                if let delta = insertionDelta(u, at: p, data), delta < bestDelta { bestDelta = delta; bestPosition = p }
                p += 1
            }
            return
        }
        let n = data.locationCount
        let ul = data.jobLoc[u]
        let service = data.jobService[u]
        let singleWindow = data.winOffset[u + 1] - data.winOffset[u] == 1
        let wStart = data.winStart[data.winOffset[u]], wEnd = data.winEnd[data.winOffset[u]]
        let endLoc = data.vehEnd[vehicle]
        var prevLoc = prefixCount == 0 ? data.vehStart[vehicle] : data.jobLoc[jobs[prefixCount - 1]]
        data.dur.withUnsafeBufferPointer { dur in
            data.cost.withUnsafeBufferPointer { cost in
                data.jobLoc.withUnsafeBufferPointer { loc in
                    jobs.withUnsafeBufferPointer { route in
                        depart.withUnsafeBufferPointer { dep in
                            latestArrival.withUnsafeBufferPointer { la in
                                var p = prefixCount
                                while p <= m {
                                    let d0 = dep[p]
                                    if d0 > lastEnd { break }
                                    let nextLoc = p == m ? endLoc : loc[route[p]]
                                    defer { prevLoc = nextLoc; p += 1 }
                                    if blink.skip() { continue }
                                    let arrival = d0 + dur[prevLoc * n + ul]
                                    var s: Int
                                    if singleWindow {
                                        if arrival > wEnd { continue }
                                        s = arrival > wStart ? arrival : wStart
                                    } else {
                                        s = data.earliestStart(u, arrival)
                                        if s == ProblemData.noTime { continue }
                                    }
                                    s += service + dur[ul * n + nextLoc]
                                    if s > la[p + 1] { continue }
                                    let delta = cost[prevLoc * n + ul] + cost[ul * n + nextLoc] - cost[prevLoc * n + nextLoc]
                                    if delta < bestDelta { bestDelta = delta; bestPosition = p }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
