/// Records each visit's service end as the departure from that stop.
struct DepartureSink: ScheduleSink {
    var depart: [Int]

    mutating func visit(position: Int, job: Int, arrival: Int, start: Int, end: Int) { depart.append(end) }
    mutating func rest(index: Int, beforePosition: Int, location: Int, start: Int, end: Int) {}
}
