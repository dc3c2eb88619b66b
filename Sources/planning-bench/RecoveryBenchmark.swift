import Foundation
import Punctual
import PunctualCore

/// Times re-planning the rest of a slipped day (`DayRecovery.propose`, which writes nothing, so
/// every run starts from the same state): the day is planned and published the evening before with
/// every routed visit promised a one-hour window around its planned start; at 10:30 everything the
/// plan had finished by then is reported done at its planned times, and the technician with the
/// most promises left says their job has two hours still to go.
enum RecoveryBenchmark {
    struct Figures {
        var promised: Int
        var stuck: String
        var atRiskBefore: Int
        var atRiskAfter: Int?
        var handedOver: Int?
        var milliseconds: [Double]
    }

    static func run(_ day: BenchDay, seed: UInt64, runs: Int = 5) throws -> Figures {
        let (store, date, _, planned) = try day.promised(seed: seed, seconds: min(day.timeLimit, 10))
        let now = try store.requireProfile().calendar.instant(date, TimeOfDay(hour: 10, minute: 30))
        let stuck = try slip(planned, store: store, at: now)
        let tracker = try Tracker.fromSettings(store: store)
        let recovery = DayRecovery()
        var milliseconds: [Double] = []
        var proposal: DayRecovery.Proposal?
        for _ in 0..<runs {
            let (found, seconds) = try DayBenchmark.timed { try recovery.propose(date, store: store, tracker: tracker, now: now, reason: "benchmark") }
            proposal = found
            milliseconds.append(seconds * 1000)
        }
        let atRisk = try tracker.board(on: date, now: now).flatMap(\.visits)
            .filter { $0.window != nil && $0.status.isAwaitingArrival && ($0.forecast?.pLate ?? 0) >= tracker.policy.atRiskThreshold }
        return Figures(promised: planned.visits.count, stuck: stuck, atRiskBefore: atRisk.count, atRiskAfter: proposal?.atRiskAfter.count,
                       handedOver: proposal?.handedOver.count, milliseconds: milliseconds)
    }

    /// Reports the morning up to `now` as the plan had it, but for the technician with the most
    /// promises left, who is two hours from done on the visit under way. Returns who is stuck.
    static func slip(_ plan: Plan, store: Store, at now: Date) throws -> String {
        guard let stuck = plan.routes.map(\.technicianID).max(by: { a, b in
            (plan.visits(of: a).filter { $0.plannedEnd > now }.count, b) < (plan.visits(of: b).filter { $0.plannedEnd > now }.count, a)
        }) else { throw BenchError.noJobs(day: "sample") }
        func report(_ visit: PlanVisit, _ steps: [(VisitEventKind, Date)]) throws {
            for (kind, at) in steps {
                _ = try store.recordVisitEvent(VisitEvent(jobID: visit.jobID, technicianID: visit.technicianID, kind: kind, at: at,
                                                          statusAfter: .scheduled, minutesLeft: kind == .runningOver ? 120 : nil))
            }
        }
        for route in plan.routes {
            var setOff = route.departure
            for visit in plan.visits(of: route.technicianID) {
                if route.technicianID == stuck && visit.plannedEnd > now {
                    let arrived = min(visit.plannedArrival, now.addingTimeInterval(-600))
                    try report(visit, [(.enRoute, min(setOff, arrived)), (.arrived, arrived), (.started, arrived), (.runningOver, now)])
                    break
                }
                guard visit.plannedEnd <= now else { break }
                try report(visit, [(.enRoute, setOff), (.arrived, visit.plannedArrival), (.started, visit.plannedStart), (.completed, visit.plannedEnd)])
                setOff = visit.plannedEnd
            }
        }
        return stuck
    }

    static func table(_ f: Figures) -> String {
        let sorted = f.milliseconds.sorted()
        let outcome = f.atRiskAfter.map { "\(f.atRiskBefore) → \($0)" } ?? "\(f.atRiskBefore) → no re-plan"
        return """
            | promised visits | stuck | at risk before → after | handed over | re-plan: min / median / max ms |
            |---:|---|---:|---:|---:|
            | \(f.promised) | \(f.stuck) | \(outcome) | \(f.handedOver.map(String.init) ?? "–") | \
            \(String(format: "%.0f / %.0f / %.0f", sorted.first!, sorted[sorted.count / 2], sorted.last!)) |
            """
    }
}
