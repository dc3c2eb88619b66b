/// Collects the visits and breaks of a simulated schedule into arrays.
struct RecordingSink: ScheduleSink {
    var visits: [Visit] = []
    var breaks: [ScheduledBreak] = []

    mutating func visit(position: Int, job: Int, arrival: Int, start: Int, end: Int) {
        // Breaks taken on site (not before leaving the previous stop) are not waiting.
        var rest = 0
        for b in breaks where b.beforeVisit == position && b.start >= arrival { rest += b.end - b.start }
        visits.append(Visit(job: job, arrival: arrival, wait: max(0, start - arrival - rest), start: start, end: end))
    }

    mutating func rest(index: Int, beforePosition: Int, location: Int, start: Int, end: Int) {
        breaks.append(ScheduledBreak(index: index, beforeVisit: beforePosition, location: location, start: start, end: end))
    }
}
