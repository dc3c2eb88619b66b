/// Collects the visits and breaks of a simulated schedule into arrays.
struct RecordingSink: ScheduleSink {
    var visits: [Visit] = []
    var breaks: [ScheduledBreak] = []
    private var restAt = -1
    private var restTime = 0

    mutating func visit(position: Int, job: Int, arrival: Int, start: Int, end: Int) {
        let rest = restAt == position ? restTime : 0
        visits.append(Visit(job: job, arrival: arrival, wait: max(0, start - arrival - rest), start: start, end: end))
    }

    mutating func rest(index: Int, beforePosition: Int, location: Int, start: Int, end: Int) {
        if restAt != beforePosition { restAt = beforePosition; restTime = 0 }
        restTime += end - start
        breaks.append(ScheduledBreak(index: index, beforeVisit: beforePosition, location: location, start: start, end: end))
    }
}
