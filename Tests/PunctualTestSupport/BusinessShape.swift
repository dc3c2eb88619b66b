/// A generated business's shape for property tests: team size, requests, and how many seeded
/// cases of it run (`PropertyScale` scales them).
public struct BusinessShape: Sendable, CustomStringConvertible {
    public var technicians: Int
    public var jobs: Int
    public var cases: Int

    public init(technicians: Int, jobs: Int, cases: Int) {
        self.technicians = technicians
        self.jobs = jobs
        self.cases = cases
    }

    public var description: String { "\(technicians) technicians, \(jobs) requests" }
}
