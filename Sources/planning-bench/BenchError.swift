/// What stops the benchmark, said so the reader can fix it.
enum BenchError: Error, CustomStringConvertible {
    case noJobs(day: String)

    var description: String {
        switch self {
        case let .noJobs(day): "the \(day) day has no jobs to plan: check its jobs.csv"
        }
    }
}
