import ArgumentParser
import Foundation
import Punctual
import PunctualCore
import PunctualReports
import PunctualServer

struct BoardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "board",
        abstract: "Show every technician's position, current visit and predicted arrivals.",
        discussion: """
            Reads the store directly (the server need not run). Example:
              punctual board --date tomorrow
              punctual board --watch --interval 10
              punctual board --format json
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var clock: ClockOption

    @Option(help: ArgumentHelp("The plan day: \(DayPhrase.accepted) (default: today in the business's time zone).",
                               valueName: "day"))
    var date: String?

    @Flag(help: "Refresh until interrupted.")
    var watch = false

    @Option(help: "Seconds between refreshes with --watch.")
    var interval = 5

    @Option(help: "table, or json (the same document as GET /v1/board).")
    var format: OutputFormat = .table

    func validate() throws {
        try ClockOption.checkDay(date, option: "--date")
        guard interval >= 1 else { throw ValidationError("--interval must be at least 1 second, got \(interval).") }
    }

    func run() async throws {
        let store = try store.openStore()
        // The same tracker, built from the same settings, as the server's: one forecast per visit.
        let tracker = try Tracker.fromSettings(store: store)
        repeat {
            let now = clock.instant
            let day = date.map { clock.day($0, in: tracker.calendar) } ?? tracker.today(now)
            do {
                let text = try Self.output(tracker, on: day, now: now, format: format)
                print(watch && format == .table ? "\u{1B}[2J\u{1B}[H" + text : text)
            } catch let failure as CommandFailure where watch {
                print(failure.description)
            }
            if watch { try await Task.sleep(for: .seconds(interval)) }
        } while watch
    }

    /// The board of `date` at `now` as printed; a failure when the day has no published plan.
    static func output(_ tracker: Tracker, on date: LocalDate, now: Date, format: OutputFormat) throws -> String {
        guard try tracker.store.publishedPlanID(on: date) != nil else {
            throw CommandFailure(PlanChoice.noPublishedPlan(on: date, drafts: try tracker.store.planVersions(on: date)))
        }
        let board = try tracker.board(on: date, now: now)
        switch format {
        case .table: return render(board, date: date, now: now, calendar: tracker.calendar)
        case .json: return try ListingJSON.string(try BoardResponse(date: date, now: now, board: board, calendar: tracker.calendar, store: tracker.store))
        }
    }

    static func render(_ board: [TechnicianForecast], date: LocalDate, now: Date, calendar: BusinessCalendar) -> String {
        func time(_ instant: Date?) -> String { instant.map { calendar.local($0).time.description } ?? "-" }
        var table = TextTable("TECH", "FIX AGE", "NOW", "SEQ", "JOB", "STATUS", "WINDOW", "PLANNED", "MEDIAN", "P90", "P(LATE)", "")
        for row in board {
            let age = (row.fixAge.map { "\(Int($0 / 60))m" } ?? "none") + (row.stale ? " STALE" : "")
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
