import Foundation
import Testing
@testable import planning_bench
@testable import Punctual
@testable import PunctualCore

/// The planning benchmark is run by hand in release builds; this keeps it from rotting in between.
@Suite struct PlanningBenchSmokeTests {
    @Test func theBenchmarkPlansATinyDayAndTabulatesIt() throws {
        let day = BenchDay.generated(technicians: 2, jobs: 12, seed: 3, timeLimit: 5)
        let figures = try DayBenchmark.run(day, seed: 1, iterations: 50)
        #expect((figures.technicians, figures.jobs, figures.date) == (2, 12, "2026-11-24"))
        #expect(figures.served + figures.unassigned == 12)
        #expect(figures.served > 0 && figures.iterations > 0)
        #expect(figures.planSeconds >= figures.phases.search && figures.phases.model >= figures.phases.matrix)
        let table = BenchTable.results([figures])
        #expect(table.split(separator: "\n").count == 3)
        #expect(table.contains("| generated 2×12 | 2026-11-24 | 2 | 12 | 5 |"), "\(table)")
        #expect(BenchTable.phases([figures]).contains("| generated 2×12 |"))
    }

    @Test func optionsChooseTheDaysAndTheirLimits() throws {
        let both = try PlanningBench.parse([]).days
        #expect(both.map(\.name) == ["sample", "generated 100×1000"])
        #expect(both.map(\.timeLimit) == [10, 60])
        let large = try PlanningBench.parse(["--only", "large", "--time-limit", "30", "--jobs", "200"]).days
        #expect(large.map(\.name) == ["generated 100×200"] && large.map(\.timeLimit) == [30])
    }
}
