import Foundation
import Punctual
import PunctualCore
import PunctualReports

/// Plans one day the way `punctual plan` does and measures it, phase by phase.
///
/// `Planner.plan` is timed as a whole (that is the figure the targets speak of); the matrix and the
/// day model are timed in a separate build of the same `DayModel`, so the planner itself stays
/// untouched and the breakdown still shows where the time outside the search goes.
enum DayBenchmark {
    static func run(_ day: BenchDay, seed: UInt64, iterations: Int? = nil) throws -> BenchFigures {
        let (loaded, importing) = try timed { try day.load() }
        let (snapshot, reading) = try timed { try loaded.store.daySnapshot(on: loaded.date) }

        var matrixSeconds = 0.0
        let travel = TravelTimeSelection()
        let (_, modelSeconds) = try timed {
            try DayModel(snapshot: snapshot, jobs: Planner.plannableJobs(snapshot).plannable) { points in
                let (resolved, seconds) = timed { travel.matrix(for: points, settings: snapshot.settings) }
                matrixSeconds = seconds
                return resolved.matrix
            }
        }

        let planner = Planner(options: PlanningOptions(timeLimit: day.timeLimit, iterationLimit: iterations, seed: seed))
        let (result, planSeconds) = try timed { try planner.plan(snapshot, now: loaded.eveningBefore) }
        let plan = result.plan
        let (report, reportSeconds) = timed { PlanReportBuilder(snapshot: snapshot).report(plan) }

        let search = result.solution.elapsedSeconds
        return BenchFigures(
            day: day.name, date: loaded.date.description, technicians: snapshot.technicians.count,
            jobs: snapshot.jobs.count, timeLimit: day.timeLimit, served: report.kpis.served,
            unassigned: report.kpis.unassigned, brokenPromises: report.kpis.brokenPromises,
            travelHours: Double(plan.routes.reduce(0) { $0 + $1.travelSeconds }) / 3600,
            overtimeMinutes: plan.routes.reduce(0) { $0 + $1.overtimeSeconds } / 60,
            iterations: result.solution.iterations, planSeconds: planSeconds,
            phases: .init(importing: importing, snapshot: reading, matrix: matrixSeconds, model: modelSeconds,
                          search: search, aroundSearch: planSeconds - search, report: reportSeconds))
    }

    /// The value of `work` and its wall time, seconds.
    static func timed<T>(_ work: () throws -> T) rethrows -> (T, Double) {
        let start = ContinuousClock.now
        let value = try work()
        return (value, (ContinuousClock.now - start).timeInterval)
    }
}
