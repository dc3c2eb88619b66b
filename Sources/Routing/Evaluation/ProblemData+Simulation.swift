extension ProblemData {
    /// Walks a route forward from a start state, the reference semantics of a schedule.
    ///
    /// Service starts as early as a window allows. A break is taken on arrival at a stop, before
    /// service, when it delays nothing there or when postponing it past this stop would miss its
    /// window; if arrival is already too late for it, it is taken before leaving the previous stop.
    /// In `soft` mode windows and limits are reported as lateness instead of infeasibility, and a
    /// break that would make a visit miss its window is taken late, after it; the first
    /// `prefixCount` visits (a fixed prefix) are always soft.
    func simulate<S: Sequence, K: ScheduleSink>(
        vehicle v: Int, jobs: S, prefixCount: Int = 0, location startLocation: Int, time startTime: Int,
        firstBreak: Int = 0, soft: Bool = false, sink: inout K
    ) -> SimulationOutcome where S.Element == Int {
        var out = SimulationOutcome(feasible: true, endTime: startTime, travelCost: 0, travelDuration: 0, lateness: 0)
        var t = startTime
        var loc = startLocation
        var b = brOffset[v] + firstBreak
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
            takeBreaks(vehicle: v, next: &b, position: pos, origin: loc, destination: jl, travel: travel,
                       depart: &depart, arrival: &arrival, ready: &ready, soft: soft, feasible: &out.feasible,
                       sink: &sink) { ready, breakStart, b in
                // On arrival, a break is taken when it delays nothing here or cannot wait past this stop.
                let s0 = earliestStart(j, ready)
                // A window already missed: the work starts late, on arrival. The break waits unless
                // the work would carry past its latest start; idling until the break window opens
                // would only make a late visit later still.
                guard s0 != ProblemData.noTime else { return ready + jobService[j] > brEnd[b] }
                let afterBreak = earliestStart(j, breakStart + brDur[b])
                let must = s0 + jobService[j] > brEnd[b]
                // What is happening (soft) differs from what may be planned: rather than idle until the
                // break window opens and then begin after the visit's window has closed, a technician
                // does the work and takes the break late, after it.
                if must && softHere && afterBreak == ProblemData.noTime { return false }
                return afterBreak == s0 || must
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
            // A break whose window opens only after the day's work is done is not taken (the
            // technician is off shift by then); one already due is taken on the way back.
            takeBreaks(vehicle: v, next: &b, position: pos, origin: loc, destination: el, travel: travel,
                       depart: &depart, arrival: &arrival, ready: &ready, soft: soft, feasible: &out.feasible,
                       sink: &sink) { ready, _, b in ready >= brStart[b] }
            arrival = ready
        }
        out.endTime = arrival
        if arrival > vehLatestEnd[v] && pos > 0 {
            if !soft { out.feasible = false }
            out.lateness += arrival - vehLatestEnd[v]
        }
        return out
    }

    /// Takes the breaks of vehicle `v` from `b` on that fall due on the trip from `origin` to
    /// `destination`: on arrival when `takeOnArrival(ready, breakStart, b)` says so (stopping at
    /// the first it declines), before leaving `origin` when arrival is already past the break's
    /// latest start, and late (infeasible unless `soft`) when neither is possible.
    @inline(__always)
    private func takeBreaks<K: ScheduleSink>(
        vehicle v: Int, next b: inout Int, position pos: Int, origin: Int, destination: Int, travel: Int,
        depart: inout Int, arrival: inout Int, ready: inout Int, soft: Bool, feasible: inout Bool, sink: inout K,
        takeOnArrival: (_ ready: Int, _ breakStart: Int, _ breakIndex: Int) -> Bool
    ) {
        let b0 = brOffset[v]
        let bEnd = brOffset[v + 1]
        while b < bEnd {
            let bs = max(ready, brStart[b])
            if bs <= brEnd[b] {
                if !takeOnArrival(ready, bs, b) { break }
                sink.rest(index: b - b0, beforePosition: pos, location: destination, start: bs, end: bs + brDur[b])
                ready = bs + brDur[b]
            } else if ready == arrival && max(depart, brStart[b]) <= brEnd[b] {
                let bsB = max(depart, brStart[b])
                sink.rest(index: b - b0, beforePosition: pos, location: origin, start: bsB, end: bsB + brDur[b])
                depart = bsB + brDur[b]
                arrival = depart + travel
                ready = arrival
            } else {
                if !soft { feasible = false }
                sink.rest(index: b - b0, beforePosition: pos, location: destination, start: bs, end: bs + brDur[b])
                ready = bs + brDur[b]
            }
            b += 1
        }
    }

    /// Overtime cost of a route ending at `endTime` on vehicle `v`.
    @inline(__always) func overtimeCost(_ v: Int, endTime: Int) -> Int {
        vehOvertimeRate[v] * max(0, endTime - vehShiftEnd[v])
    }
}
