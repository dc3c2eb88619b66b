extension ProblemData {
    /// Walks a route forward from a start state, the reference semantics of a schedule.
    ///
    /// Service starts as early as a window allows. A break is taken on arrival at a stop, before
    /// service, when it delays nothing there or when postponing it past this stop would miss its
    /// window; if arrival is already too late for it, it is taken before leaving the previous stop.
    /// In `soft` mode windows and limits are reported as lateness instead of infeasibility; the
    /// first `prefixCount` visits (a fixed prefix) are always soft.
    func simulate<S: Sequence, K: ScheduleSink>(
        vehicle v: Int, jobs: S, prefixCount: Int = 0, location startLocation: Int, time startTime: Int,
        firstBreak: Int = 0, soft: Bool = false, sink: inout K
    ) -> SimulationOutcome where S.Element == Int {
        var out = SimulationOutcome(feasible: true, endTime: startTime, travelCost: 0, travelDuration: 0, lateness: 0)
        var t = startTime
        var loc = startLocation
        let b0 = brOffset[v]
        var b = b0 + firstBreak
        let bEnd = brOffset[v + 1]
        var pos = 0
        for j in jobs {
            let jl = jobLoc[j]
            let travel = d(loc, jl)
            out.travelCost += c(loc, jl)
            out.travelDuration += travel
            let softHere = soft || pos < prefixCount
            var depart = t
            var arrival = depart + travel
            var ready = arrival
            while b < bEnd {
                let s0 = earliestStart(j, ready)
                let bs = max(ready, brStart[b])
                if bs <= brEnd[b] {
                    let s1 = earliestStart(j, bs + brDur[b])
                    let free = s0 != ProblemData.noTime && s1 == s0
                    let must = s0 == ProblemData.noTime || s0 + jobService[j] > brEnd[b]
                    if !(free || must) { break }
                    sink.rest(index: b - b0, beforePosition: pos, location: jl, start: bs, end: bs + brDur[b])
                    ready = bs + brDur[b]
                } else if ready == arrival && max(depart, brStart[b]) <= brEnd[b] {
                    let bsB = max(depart, brStart[b])
                    sink.rest(index: b - b0, beforePosition: pos, location: loc, start: bsB, end: bsB + brDur[b])
                    depart = bsB + brDur[b]
                    arrival = depart + travel
                    ready = arrival
                } else {
                    if !soft { out.feasible = false }
                    sink.rest(index: b - b0, beforePosition: pos, location: jl, start: bs, end: bs + brDur[b])
                    ready = bs + brDur[b]
                }
                b += 1
            }
            var s = earliestStart(j, ready)
            if s == ProblemData.noTime {
                if !softHere { out.feasible = false }
                s = ready
                out.lateness += ready - jobLastEnd[j]
            }
            sink.visit(position: pos, job: j, arrival: arrival, start: s, end: s + jobService[j])
            t = s + jobService[j]
            loc = jl
            pos += 1
        }
        let el = vehEnd[v]
        let travel = d(loc, el)
        out.travelCost += c(loc, el)
        out.travelDuration += travel
        var depart = t
        var arrival = depart + travel
        if pos > 0 {
            var ready = arrival
            while b < bEnd {
                let bs = max(ready, brStart[b])
                if bs <= brEnd[b] {
                    sink.rest(index: b - b0, beforePosition: pos, location: el, start: bs, end: bs + brDur[b])
                    ready = bs + brDur[b]
                } else if ready == arrival && max(depart, brStart[b]) <= brEnd[b] {
                    let bsB = max(depart, brStart[b])
                    sink.rest(index: b - b0, beforePosition: pos, location: loc, start: bsB, end: bsB + brDur[b])
                    depart = bsB + brDur[b]
                    arrival = depart + travel
                    ready = arrival
                } else {
                    if !soft { out.feasible = false }
                    sink.rest(index: b - b0, beforePosition: pos, location: el, start: bs, end: bs + brDur[b])
                    ready = bs + brDur[b]
                }
                b += 1
            }
            arrival = ready
        }
        out.endTime = arrival
        if arrival > vehLatestEnd[v] && pos > 0 {
            if !soft { out.feasible = false }
            out.lateness += arrival - vehLatestEnd[v]
        }
        return out
    }

    /// Overtime cost of a route ending at `endTime` on vehicle `v`.
    @inline(__always) func overtimeCost(_ v: Int, endTime: Int) -> Int {
        vehOvertimeRate[v] * max(0, endTime - vehShiftEnd[v])
    }
}
