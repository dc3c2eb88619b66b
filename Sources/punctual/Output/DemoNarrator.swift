import Foundation
import Punctual
import PunctualCore
import PunctualImport
import PunctualReports
import Routing
import PunctualSimulator

/// The demo's running commentary: the booking evening, the published plan, then the day as the
/// dispatcher and the customers see it — the board every two hours, the first message of each kind
/// in full, every running-late notice, re-dispatch and reply, and the day's account at the end.
final class DemoNarrator: SimulationNarrator, @unchecked Sendable {
    let store: Store
    let calendar: BusinessCalendar
    private var tracker: Tracker?
    private let lock = NSLock()
    private var shownKinds: Set<MessageKind> = []
    private var counts: [MessageKind: Int] = [:]
    private var hours = 0

    private var bar: ProgressBar?

    init(store: Store, dataFolder: String) throws {
        self.store = store
        // The simulator saves these settings into the store; the narrator only needs the name and clock.
        let settings = try BusinessFile.load(path: (dataFolder as NSString).appendingPathComponent("business.csv"))
        calendar = settings.calendar
        print("== \(settings.name) — \(settings.timeZoneIdentifier), depot \(settings.depotAddress)")
    }

    func imported(_ summary: ImportSummary) {
        print("\n== Import (one transaction)\n\(summary)")
        guard let technicians = try? Listings.technicians(store) else { return }
        print("\n== The team")
        var team = TextTable("ID", "NAME", "SKILLS", "SHIFT", "VAN STOCK")
        for technician in technicians {
            team.append([technician.id, technician.name, technician.skills.joined(separator: ";"),
                         "\(technician.shiftStart)-\(technician.shiftEnd)",
                         "\(technician.stockUnits) units of \(technician.stock.count) parts"])
        }
        print(team.rendered)
    }

    func planning(jobs: Int) -> (@Sendable (SolverProgress) -> Void)? {
        print("\n== Planning the day: \(jobs) jobs")
        let bar = ProgressBar(jobCount: jobs)
        lock.withLock { self.bar = bar }
        return { bar.update($0) }
    }

    private func time(_ instant: Date) -> String { calendar.local(instant).time.description }

    func booked(date: LocalDate, requests: Int, booked: Int, widthMinutes: Int) {
        print("\n== The evening before \(date): \(requests) requests offered \(widthMinutes)-minute windows that the day can keep")
        print("   \(booked) booked (each confirmed by SMS and/or email with a calendar file), \(requests - booked) turned away: no window could be kept")
    }

    func planned(_ plan: Plan, date: LocalDate) {
        lock.withLock { bar }?.finish()
        let promised = plan.visits.count
        let technicians = Set(plan.visits.map(\.technicianID)).count
        print("\n== 06:30 plan v\(plan.version) published: \(promised) visits for \(technicians) technicians, "
            + "\(plan.unassigned.count) left out" + (plan.unassigned.isEmpty ? "" : ":"))
        for job in plan.unassigned.prefix(5) { print("   \(job.jobID): \(job.reason)") }
        print("\n== The day, played at high speed through the HTTP API (GPS fixes every 30 s, progress, texts)")
    }

    func messageSent(_ message: Message, to customer: String, at now: Date) {
        let show: Bool = lock.withLock {
            counts[message.kind, default: 0] += 1
            let always: Set<MessageKind> = [.runningLate, .reassigned, .rebookOptions]
            let first = shownKinds.insert(message.kind).inserted
            return (first && message.kind != .confirmation) || (always.contains(message.kind) && message.channel == .sms)
        }
        guard show else { return }
        print("   \(time(now))  \(message.channel == .sms ? "SMS" : "email") to \(customer) [\(message.kind.rawValue)]: \(message.body)")
    }

    func customerReplied(_ customer: String, body: String, at now: Date) {
        print("   \(time(now))  \(customer) replies \"\(body)\"")
    }

    func emergency(jobID: String, bookedWith technician: String?, window: DateInterval?, at now: Date) {
        if let technician, let window {
            print("   \(time(now))  emergency \(jobID) (no heat) booked for \(calendar.localRange(window)), slotted into \(technician)'s route")
        } else {
            print("   \(time(now))  emergency \(jobID) (no heat): no technician can come today; the dispatcher calls back")
        }
    }

    func hourPassed(_ now: Date) {
        let due = lock.withLock { () -> Bool in
            hours += 1
            return hours % 2 == 0
        }
        // Made on first use: the store has the business's settings only once the simulator saved them.
        guard due, let tracker = try? lock.withLock({ () throws -> Tracker in
            if let existing = self.tracker { return existing }
            let made = try Tracker.fromSettings(store: store)
            self.tracker = made
            return made
        }) else { return }
        guard let board = try? tracker.board(on: calendar.local(now).date, now: now) else { return }
        let working = board.filter { !$0.visits.isEmpty }
        print("\n" + BoardCommand.render(Array(working.prefix(6)), date: calendar.local(now).date, now: now, calendar: calendar)
            .split(separator: "\n").map { "   " + $0 }.joined(separator: "\n"))
        if working.count > 6 { print("   … and \(working.count - 6) more technicians (punctual board shows them all)") }
        print("")
    }

    func dayEnded(_ result: DayResult) {
        let sent = lock.withLock { counts.sorted { $0.value > $1.value }.map { "\($0.value) \($0.key.rawValue)" }.joined(separator: ", ") }
        print("\n== Messages sent: \(sent)")
    }
}
