import Foundation
@testable import Punctual
@testable import PunctualCore
@testable import PunctualImport
import PunctualTestSupport

/// A small business for the dispatcher's changes: three HVAC technicians (one with a break), six
/// requests on 2026-11-24 (Denver), customers on SMS, email or both.
enum DeskFixtures {
    static let technicians = """
        id,name,phone,email,start_lat,start_lon,end_lat,end_lon,shift_start,shift_end,skills,break_minutes,break_earliest,break_latest
        T01,Kim Edwards,+14065550101,kim@example.com,46.8705,-114.026,,,08:00,17:00,hvac;electrical,30,11:30,13:30
        T02,Nina Hansen,+14065550102,,46.85,-114.01,,,08:00,17:00,hvac;plumbing,,,
        T03,Omar Diaz,+14065550103,,46.88,-113.99,,,08:00,17:00,hvac,,,
        """

    static let jobs = """
        \(Fixtures.jobsHeader)
        J0001,Jenna Rivera,+14065550129,jenna@example.net,both,"1182 Scott St",46.882789,-114.001689,ac-repair,60,hvac,capacitor-45uf:1,high,2026-11-24,,,,
        J0002,Wyatt Clark,+14065550130,,sms,"626 S 5th St W",46.8650,-114.0010,furnace-tuneup,45,hvac,,normal,2026-11-24,,,,
        J0003,Ada Moss,+14065550131,ada@example.org,email,"300 N Higgins Ave",46.8721,-113.9940,furnace-tuneup,45,hvac,,normal,2026-11-24,,,,
        J0004,Lee Park,+14065550132,,sms,"2100 Brooks St",46.8500,-114.0200,ac-repair,60,hvac,,normal,2026-11-24,,,,
        J0005,Rae Quinn,+14065550133,rae@example.org,both,"900 Russell St",46.8620,-114.0150,furnace-tuneup,45,hvac,,low,2026-11-24,,,,
        J0006,Sam Ortiz,+14065550134,,sms,"150 E Spruce St",46.8730,-113.9920,ac-repair,60,hvac,,normal,2026-11-24,,,,
        """

    static let day = Fixtures.day
    static let evening = Fixtures.eveningBefore
    static func at(_ date: String, _ time: String) -> Date { Fixtures.at(date, time) }
    static func window(_ start: String, _ end: String, on date: String = "2026-11-24") -> DateInterval {
        DateInterval(start: at(date, start), end: at(date, end))
    }

    static func store() throws -> Store {
        let store = try Fixtures.store(importing: Fixtures.sources(technicians: technicians, jobs: jobs))
        try store.setSetting(.quietHours, to: "")
        try store.setSetting(.reminderHour, to: "23")
        return store
    }

    /// J0001–J0004 booked the evening before (09–10, 10–11, 13–14, 15–16); the rest requested.
    static func bookedStore() throws -> Store {
        let store = try store()
        let booker = Booker()
        for (id, start, end) in [("J0001", "09:00", "10:00"), ("J0002", "10:00", "11:00"), ("J0003", "13:00", "14:00"), ("J0004", "15:00", "16:00")] {
            _ = try booker.book(jobID: id, window: window(start, end), store: store, now: evening)
        }
        return store
    }

    /// `bookedStore()` with the day planned and published at 06:30.
    static func publishedStore() throws -> Store {
        let store = try bookedStore()
        let planner = Planner(options: PlanningOptions(timeLimit: 10, iterationLimit: 200, seed: 1))
        _ = try planner.planAndStore(try store.daySnapshot(on: day), in: store, now: at("2026-11-24", "06:30"), publish: true)
        return store
    }

    /// Everything a refused change must leave as it was.
    struct Written: Equatable {
        var jobs: [Job]
        var messages: Int
        var audit: Int
        var plans: Int
        var ledger: DayCommitments
        var changes: [TechnicianDayChange]

        init(_ store: Store) throws {
            jobs = try store.jobs()
            messages = try store.messages().count
            audit = try store.history().count
            plans = try store.planVersions(on: DeskFixtures.day).count
            ledger = try store.commitments(on: DeskFixtures.day)
            changes = try store.technicians().flatMap { try store.dayChanges(technician: $0.id) }
        }
    }
}
