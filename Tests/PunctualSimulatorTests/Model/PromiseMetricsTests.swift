import Foundation
import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualSimulator
@testable import PunctualReports

/// The promise metrics on a scripted day whose every number is known by hand.
@Suite struct PromiseMetricsTests {
    static let nine = ISO8601DateFormatter().date(from: "2026-11-24T09:00:00-07:00")!
    static func at(_ minutes: Double) -> Date { nine.addingTimeInterval(minutes * 60) }
    static func window(_ startMinutes: Double, _ length: Double = 60) -> DateInterval {
        DateInterval(start: at(startMinutes), duration: length * 60)
    }

    @Test func aScriptedDay() throws {
        let outcomes = [
            // On time, no warning.
            SimulatedVisit(jobID: "A", window: Self.window(0), arrival: Self.at(30), completed: true),
            // On time although warned: a false alarm.
            SimulatedVisit(jobID: "B", window: Self.window(60), arrival: Self.at(110), completed: true, warnedAt: Self.at(70)),
            // Late, warned 45 minutes before the window closed.
            SimulatedVisit(jobID: "C", window: Self.window(120), arrival: Self.at(200), completed: true, warnedAt: Self.at(135)),
            // Late, warned only 10 minutes before.
            SimulatedVisit(jobID: "D", window: Self.window(180), arrival: Self.at(250), completed: false, warnedAt: Self.at(230)),
            // Late and never warned.
            SimulatedVisit(jobID: "E", window: Self.window(240, 120), arrival: Self.at(400), completed: true),
            // Late after a handover whose customer was told "still between…": not a warning.
            SimulatedVisit(jobID: "F", window: Self.window(300), arrival: Self.at(370), completed: true, reassigned: true),
            // No promise: never late.
            SimulatedVisit(jobID: "G", window: nil, arrival: Self.at(500), completed: true),
        ]
        let m = PromiseMetrics(outcomes: outcomes, messages: 14, overtimeMinutes: 25, technicianDays: 2)
        #expect(m.visits == 7)
        #expect(abs(m.windowMinutes - 70) < 1e-9)            // (60·5 + 120) / 6
        #expect(m.lateVisits == 4)                            // C, D, E, F
        #expect(abs(m.onTimeRate - 2.0 / 6) < 1e-9)           // A, B of 6 promised
        #expect(abs(m.lateWarnedRate - 2.0 / 4) < 1e-9)       // C, D
        #expect(abs(m.lateWarnedEarlyRate - 1.0 / 4) < 1e-9)  // C (45 min)
        #expect(m.lateReassignedUnwarned == 1)                // F
        #expect(m.medianWarningLeadMinutes == 27.5)           // leads 45 and 10
        #expect(abs(m.falseAlarmRate - 1.0 / 3) < 1e-9)       // B of B, C, D
        #expect(abs(m.firstTimeFixRate - 6.0 / 7) < 1e-9)     // D unfinished
        #expect(m.messagesPerJob == 2)
        #expect(m.overtimeMinutes == 25)
        #expect(m.jobsPerTechnicianDay == 3)                  // 6 completed / 2
    }

    @Test func warningsAreJudgedAgainstWhatWasKnowableAndARebookedWarningCanBeAFalseAlarm() {
        func visit(_ id: String, arrival: Double?, warned: Double? = nil, knowable: Double? = nil, rebooked: Bool = false,
                   oracleOnTime: Bool? = nil, reassigned: Bool = false) -> SimulatedVisit {
            var v = SimulatedVisit(jobID: id, window: Self.window(60), arrival: arrival.map(Self.at), completed: arrival != nil,
                                   warnedAt: warned.map(Self.at), reassigned: reassigned)
            v.knowableLateAt = knowable.map(Self.at)
            v.rebooked = rebooked
            v.onTimeByOracleAtWarning = oracleOnTime
            return v
        }
        let m = PromiseMetrics(outcomes: [
            visit("A", arrival: 130, warned: 80, knowable: 60),    // knowable 60 min ahead, warned 40 min ahead
            visit("B", arrival: 130, knowable: 100),               // knowable only 20 min ahead
            visit("C", arrival: 130, warned: 100, knowable: 0),    // knowable early, warned late
            visit("D", arrival: nil, warned: 30, rebooked: true, oracleOnTime: true),   // scared into rebooking
            visit("E", arrival: nil, warned: 30, rebooked: true, oracleOnTime: false),  // rightly warned
            visit("F", arrival: 125, reassigned: true),            // handed over, "still between", late
        ], messages: 0, overtimeMinutes: 0, technicianDays: 1)
        #expect(m.lateVisits == 6)
        #expect(m.lateKnowableEarly == 2)                                  // A, C
        #expect(abs(m.lateWarnedEarlyOfKnowableRate - 1.0 / 2) < 1e-9)     // A
        #expect(abs(m.falseAlarmRate - 1.0 / 4) < 1e-9)                    // D of A, C, D, E
        #expect(m.lateReassignedUnwarned == 1)                             // F
    }

    @Test func aDayWithoutPromisesIsVacuouslyKept() {
        let m = PromiseMetrics(outcomes: [SimulatedVisit(jobID: "A", window: nil, arrival: Self.at(0), completed: true)],
                               messages: 1, overtimeMinutes: 0, technicianDays: 1)
        #expect(m.onTimeRate == 1 && m.lateWarnedRate == 1 && m.falseAlarmRate == 0 && m.medianWarningLeadMinutes == nil)
    }

    @Test func jsonKeysAreTheSimulateContract() throws {
        let m = PromiseMetrics(outcomes: [], messages: 0, overtimeMinutes: 0, technicianDays: 0)
        let object = try #require(try JSONSerialization.jsonObject(with: ListingJSON.encoder.encode(m)) as? [String: Any])
        for key in ["window_minutes", "visits", "on_time_rate", "late_visits", "late_warned_rate", "median_warning_lead_minutes",
                    "late_reassigned_unwarned", "late_knowable_early", "late_warned_early_of_knowable_rate", "false_alarm_rate",
                    "missing_part_returns",
                    "first_time_fix_rate", "messages_per_job", "overtime_minutes", "jobs_per_technician_day"] {
            #expect(object[key] != nil, "missing \(key)")
        }
    }
}
