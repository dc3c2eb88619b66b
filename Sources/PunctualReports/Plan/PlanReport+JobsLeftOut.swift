import Punctual
import PunctualCore
extension PlanReport {
    /// Every job the plan does not serve, each once: the unassigned jobs, then any broken promise
    /// missing from them (the contract says none is, but a rendering must not lose one).
    var jobsLeftOut: [UnassignedReport] {
        var seen = Set(unassigned.map(\.job))
        var jobs = unassigned
        for broken in brokenPromises where seen.insert(broken.job).inserted {
            jobs.append(broken)
        }
        return jobs
    }
}
