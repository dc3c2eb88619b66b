import Foundation
import Testing
@testable import Punctual
@testable import PunctualCore
import PunctualTestSupport

/// Who works when: an absence, one day's shift, a new technician, one who leaves. Bad input is
/// refused with what is wrong, and nothing is written.
@Suite struct RosterDeskTests {
    typealias F = DeskFixtures
    let morning = DeskFixtures.at("2026-11-24", "07:10")

    @Test func anAbsenceFromTheMorningTakesTheTechnicianOffTheDayAndHandsTheirVisitsOver() throws {
        let store = try F.publishedStore()
        let before = try #require(try store.publishedPlan(on: F.day))
        let absent = try #require(before.routes.max { before.visits(of: $0.technicianID).count < before.visits(of: $1.technicianID).count })
        let theirs = before.visits(of: absent.technicianID).map(\.jobID)
        let outcome = try RosterDesk(store: store).absent(absent.technicianID, on: F.day, from: TimeOfDay(hour: 7, minute: 10),
                                                          actor: "cli:test", reason: "called in sick", now: morning)
        #expect(outcome.days.count == 1)
        let after = try #require(try store.publishedPlan(on: F.day))
        #expect(after.visits(of: absent.technicianID).isEmpty)
        #expect(!(try store.technicians(on: F.day)).contains { $0.id == absent.technicianID })
        for id in theirs {
            let job = try #require(try store.job(id))
            let kept = after.visits.contains { $0.jobID == id }
            let told = try store.messages(jobID: id)
            if kept, job.promisedWindow != nil {
                #expect(Set(told.filter { $0.kind == .reassigned }.map { Notifier.baseKey($0.idempotencyKey) }).count == 1,
                        "\(id) changed hands on the day: its customer is told who comes, once")
            } else if job.promisedWindow != nil {
                #expect(told.contains { $0.kind == .promiseBroken }, "\(id)'s customer hears the promise cannot be kept")
            }
        }
        let entry = try #require(try store.history(technicianID: absent.technicianID).first)
        #expect(entry.action == "technician.absent" && entry.detail == "absent all day 2026-11-24" && entry.reason == "called in sick")
        #expect(try store.history().contains { $0.action == "plan.publish" })
    }

    @Test func leavingEarlyKeepsTheMorningAndHandsOverTheAfternoon() throws {
        let store = try F.publishedStore()
        try RosterDesk(store: store).absent("T01", on: F.day, from: TimeOfDay(hour: 12), actor: "cli:test", now: morning)
        let day = try #require(try store.technicians(on: F.day).first { $0.id == "T01" })
        #expect(day.shift == TimeOfDayRange(parsing: "08:00-12:00"))
        let after = try #require(try store.publishedPlan(on: F.day))
        let noon = F.at("2026-11-24", "12:00")
        #expect(after.visits(of: "T01").allSatisfy { $0.plannedEnd <= noon }, "T01 finishes by noon")
        let violations = try PlanCheck.violations(store: store, plan: after)
        #expect(violations.isEmpty, "\(violations)")
    }

    @Test func aShiftForOneDayAndAnAbsenceInsideItAreBothApplied() throws {
        let store = try F.store()
        let desk = RosterDesk(store: store)
        try desk.shift("T02", on: F.day, TimeOfDayRange(parsing: "10:00-18:00")!, actor: "cli:test", reason: "late start", now: F.evening)
        try desk.absent("T02", on: F.day, from: TimeOfDay(hour: 14), until: TimeOfDay(hour: 15), actor: "cli:test", reason: "dentist", now: F.evening)
        let day = try #require(try store.technicians(on: F.day).first { $0.id == "T02" })
        #expect(day.shift == TimeOfDayRange(parsing: "10:00-18:00"))
        #expect(day.breakRule == BreakRule(minutes: 60, earliestStart: TimeOfDay(hour: 14), latestStart: TimeOfDay(hour: 14)))
        let nextDay = try #require(try store.technicians(on: F.day.adding(days: 1)).first { $0.id == "T02" })
        #expect(nextDay.shift == TimeOfDayRange(parsing: "08:00-17:00"), "one day only")
        #expect(try store.history(technicianID: "T02").map(\.action) == ["technician.shift", "technician.absent"])
    }

    @Test func badRosterChangesAreRefusedAndWriteNothing() throws {
        let store = try F.publishedStore()
        let desk = RosterDesk(store: store)
        let written = try F.Written(store)
        let past = F.day.adding(days: -1)
        #expect(throws: DeskError.unknownTechnician("T99")) { try desk.absent("T99", on: F.day, actor: "cli:test", now: morning) }
        #expect(throws: DeskError.dateInPast(date: past, today: F.day)) { try desk.absent("T01", on: past, actor: "cli:test", now: morning) }
        #expect(throws: DeskError.outsideShift(technician: "T01", date: F.day, away: TimeOfDayRange(parsing: "18:00-24:00")!,
                                               shift: TimeOfDayRange(parsing: "08:00-17:00")!)) {
            try desk.absent("T01", on: F.day, from: TimeOfDay(hour: 18), actor: "cli:test", now: morning)
        }
        #expect(throws: DeskError.self) {
            try desk.absent("T01", on: F.day, from: TimeOfDay(hour: 15), until: TimeOfDay(hour: 14), actor: "cli:test", now: morning)
        }
        #expect(throws: RosterError.technicianExists("T01")) {
            try desk.add(Technician(id: "T01", name: "Again", start: Fixtures.settings.depot, shift: TimeOfDayRange(parsing: "08:00-17:00")!,
                                    skills: ["hvac"]), actor: "cli:test", now: morning)
        }
        #expect(try F.Written(store) == written)
    }

    @Test func aNewTechnicianWorksAndADeactivatedOneNoMore() throws {
        let store = try F.store()
        let desk = RosterDesk(store: store)
        try desk.add(Technician(id: "T04", name: "Lee Park", start: Fixtures.settings.depot, shift: TimeOfDayRange(parsing: "08:00-17:00")!,
                                skills: ["hvac"]), actor: "cli:test", now: F.evening)
        #expect(try store.technicians(on: F.day).map(\.id) == ["T01", "T02", "T03", "T04"])
        try desk.deactivate("T02", from: F.day.adding(days: 1), actor: "cli:test", reason: "moved away", now: F.evening)
        #expect(try store.technicians(on: F.day).map(\.id) == ["T01", "T02", "T03", "T04"], "the day before still has them")
        #expect(try store.technicians(on: F.day.adding(days: 1)).map(\.id) == ["T01", "T03", "T04"])
        #expect(throws: DeskError.notWorking(technician: "T02", date: F.day.adding(days: 2))) {
            try desk.absent("T02", on: F.day.adding(days: 2), actor: "cli:test", now: F.evening)
        }
    }
}
