import Foundation
import Logging
@testable import Messaging
@testable import Punctual
@testable import PunctualCore
@testable import PunctualImport
import PunctualTestSupport

/// The fixture business as the messaging tests need it: two HVAC technicians without breaks, and
/// customers who chose SMS, email or both, with jobs on 2026-11-24 (Denver time).
enum MessagingFixtures {
    static let settings = Fixtures.settings

    static let technicians = """
        id,name,phone,email,start_lat,start_lon,end_lat,end_lon,shift_start,shift_end,skills,break_minutes,break_earliest,break_latest
        T01,Kim Edwards,+14065550101,kim@example.com,46.8705,-114.026,,,08:00,17:00,hvac;electrical,,,
        T02,Nina Hansen,+14065550102,,46.85,-114.01,,,08:00,17:00,hvac;plumbing,,,
        """

    static let jobs = """
        id,customer,phone,email,notify,address,lat,lon,type,duration_minutes,skills,parts,priority,date,window_start,window_end,available,notes
        J0001,Jenna Rivera,+14065550129,jenna@example.net,both,"1182 Scott St, Missoula, MT 59802",46.882789,-114.001689,ac-repair,60,hvac,,high,2026-11-24,,,,
        J0002,Wyatt Clark,+14065550130,wyatt@example.com,sms,"626 S 5th St W, Missoula, MT 59801",46.8650,-114.0010,furnace-tuneup,45,hvac,,normal,2026-11-24,,,,
        J0003,Ada Moss,+14065550131,ada@example.org,email,"300 N Higgins Ave, Missoula, MT 59802",46.8721,-113.9940,furnace-tuneup,45,hvac,,normal,2026-11-24,,,,
        """

    static let calendar = Fixtures.calendar
    static let day = Fixtures.day

    /// A local instant on the test days, e.g. `at("2026-11-23", "18:00")`.
    static func at(_ date: String, _ time: String) -> Date { Fixtures.at(date, time) }

    /// The evening before the jobs' day.
    static let evening = at("2026-11-23", "18:00")

    static func window(_ start: String, _ end: String, on date: String = "2026-11-24") -> DateInterval {
        DateInterval(start: at(date, start), end: at(date, end))
    }

    /// An in-memory store with the business imported; quiet hours off unless a test sets them, and
    /// reminders from 23:00 so that the tests' evening passes send only what each test queued.
    static func store(quietHours: String = "", reminderHour: Int = 23) throws -> Store {
        let store = try Fixtures.store(importing: Fixtures.sources(parts: "", technicians: technicians, stock: "", jobs: jobs))
        try store.setSetting(.quietHours, to: quietHours)
        try store.setSetting(.reminderHour, to: "\(reminderHour)")
        return store
    }

    /// `jobID` booked for `window`, with its confirmation queued, as the booking desk does it.
    static func book(_ store: Store, _ jobID: String, _ window: DateInterval, now: Date = evening) throws {
        _ = try Booker().book(jobID: jobID, window: window, store: store, now: now)
    }

    static let logger = Logger(label: "test.outbox")

    /// Fast retries for tests: 1 s, 2 s, 4 s … capped at 8 s; five attempts; a 60 s lease.
    static let retry = RetryPolicy(base: 1, cap: 8, maxAttempts: 5, lease: 60)

    static func consoleWorker(_ store: Store) -> OutboxWorker {
        OutboxWorker(store: store, transports: .console(logger: logger), retry: retry, logger: logger)
    }
}

extension MessagingFixtures {
    /// The customer of `jobID`.
    static func customer(_ store: Store, of jobID: String) throws -> Customer {
        let job = try store.job(jobID)!
        return try store.customers().first { $0.id == job.customerID }!
    }

    /// `count` plain SMS drafts for the customer of `jobID`, each with its own key.
    static func drafts(_ store: Store, _ count: Int, jobID: String = "J0002", now: Date = evening) throws -> [OutgoingMessage] {
        let customer = try customer(store, of: jobID)
        return (1...count).map { n in
            OutgoingMessage(kind: .reply, jobID: jobID, customerID: customer.id!, channel: .sms, recipient: customer.phone,
                            subject: nil, body: "Message \(n)", idempotencyKey: "test-\(n):sms", notBefore: now)
        }
    }
}
