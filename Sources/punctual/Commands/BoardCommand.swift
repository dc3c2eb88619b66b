import ArgumentParser
import Foundation
import Punctual

struct BoardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "board",
        abstract: "Show every technician's position, current visit and predicted arrivals.",
        discussion: """
            Reads the store directly (the server need not run). Example:
              punctual board --date 2026-11-24
              punctual board --watch --interval 10
            """)

    @OptionGroup var store: StoreOptions

    @Option(help: "The plan date, YYYY-MM-DD (default: today in the business's time zone).")
    var date: String?

    @Flag(help: "Refresh until interrupted.")
    var watch = false

    @Option(help: "Seconds between refreshes with --watch.")
    var interval = 5

    func validate() throws {
        if let date, LocalDate(parsing: date) == nil {
            throw ValidationError("--date must be a calendar date written YYYY-MM-DD, got '\(date)'.")
        }
        guard interval >= 1 else { throw ValidationError("--interval must be at least 1 second, got \(interval).") }
    }

    func run() async throws {
        let tracker = try Tracker(store: try store.openStore())
        repeat {
            let now = Date()
            let day = date.flatMap(LocalDate.init(parsing:)) ?? tracker.today(now)
            let text = Self.render(try tracker.board(on: day, now: now), date: day, now: now, calendar: tracker.calendar)
            print(watch ? "\u{1B}[2J\u{1B}[H" + text : text)
            if watch { try await Task.sleep(for: .seconds(interval)) }
        } while watch
    }

    static func render(_ board: [TechnicianForecast], date: LocalDate, now: Date, calendar: BusinessCalendar) -> String {
        func time(_ instant: Date?) -> String { instant.map { calendar.local($0).time.description } ?? "-" }
        var table = TextTable("TECH", "FIX AGE", "NOW", "SEQ", "JOB", "STATUS", "WINDOW", "PLANNED", "MEDIAN", "P90", "P(LATE)", "")
        for row in board {
            let age = row.fixAge.map { "\(Int($0 / 60))m" + (row.stale ? " STALE" : "") } ?? "none STALE"
            let current = row.currentJobID.map { "\($0) \(row.elapsedService.map { "\($0 / 60)m" } ?? "")" } ?? "-"
            if row.visits.isEmpty { table.append([row.technicianID, age, current, "-", "-", "-", "-", "-", "-", "-", "-", ""]) }
            for (index, visit) in row.visits.enumerated() {
                table.append([
                    index == 0 ? row.technicianID : "", index == 0 ? age : "", index == 0 ? current : "",
                    "\(visit.sequence)", visit.jobID, visit.status.rawValue,
                    visit.window.map { "\(time($0.start))-\(time($0.end))" } ?? "-",
                    time(visit.plannedArrival), time(visit.forecast?.medianArrival), time(visit.forecast?.p90Arrival),
                    visit.forecast.map { String(format: "%.2f", $0.pLate) } ?? "-", visit.atRisk ? "AT RISK" : "",
                ])
            }
        }
        return "Board for \(date) at \(time(now))\n" + table.rendered
    }
}
