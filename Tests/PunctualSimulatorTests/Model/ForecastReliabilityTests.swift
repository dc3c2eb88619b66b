import Foundation
import Testing
@testable import PunctualSimulator

/// The reliability table judges each forecast against the visit it was about: banded by the
/// predicted P(late), only forecasts for the technician who then came, none for a rebooked visit.
@Suite struct ForecastReliabilityTests {
    @Test func forecastsAreBandedAndJudgedOnlyForTheTechnicianWhoCame() throws {
        var samples = ForecastSamples()
        samples.record(jobID: "A", technicianID: "T1", pLate: 0.05)   // on time, T1 came
        samples.record(jobID: "A", technicianID: "T1", pLate: 0.95)   // a scare for A, which came on time
        samples.record(jobID: "B", technicianID: "T1", pLate: 0.92)   // late, T1 came
        samples.record(jobID: "C", technicianID: "T1", pLate: 0.97)   // handed to T2, who made it: not judged
        samples.record(jobID: "D", technicianID: "T2", pLate: 0.6)    // rebooked: not judged
        samples.record(jobID: "E", technicianID: "T2", pLate: 1.0)    // nobody came, not rebooked: late
        let table = samples.resolved(late: ["B", "D", "E"], cameBy: ["A": "T1", "B": "T1", "C": "T2"], rebooked: ["D"])
        #expect(table.bands.map(\.verdicts) == [1, 0, 0, 0, 0, 3])
        let top = try #require(table.bands.last)
        #expect(top.late == 2 && abs(top.predicted - (0.95 + 0.92 + 1.0) / 3) < 1e-9 && abs(top.observed - 2.0 / 3) < 1e-9)
        #expect(table.worstGap(minimum: 1).map { abs($0 - abs(top.predicted - top.observed)) < 1e-9 } == true)
        #expect(table.worstGap() == nil, "no band has twenty forecasts")
        let twice = table.merged(with: table)
        #expect(twice.bands.map(\.verdicts) == [2, 0, 0, 0, 0, 6] && twice.bands.last?.observed == top.observed)
    }
}
