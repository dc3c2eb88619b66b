import ArgumentParser
import Punctual
import PunctualCore
import PunctualReports

struct RoutesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "routes",
        abstract: "Show a stored plan of a day: routes, unassigned jobs, broken promises and totals.",
        discussion: """
            Shows the published plan unless --version picks another.

            Example:
              punctual routes --date tomorrow --technician T03
              punctual routes --date 2026-11-24 --version 2 --format json
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var day: DateOption
    @OptionGroup var choice: PlanChoice

    @Option(help: "Only this technician's route (table format).")
    var technician: String?

    @OptionGroup var printing: PlanOutputOptions

    func run() throws {
        let store = try store.openStore()
        let date = day.value(in: try store.requireProfile().calendar)
        let snapshot = try store.daySnapshot(on: date)
        if let technician, snapshot.technician(technician) == nil {
            throw CommandFailure("--technician '\(technician)' is not a known technician; `punctual technicians list` shows them")
        }
        let plan = try choice.shown(in: store, on: date)
        try PlanOutput.print(PlanReportBuilder(snapshot: snapshot).report(plan), format: printing.format, technician: technician, to: printing.output)
    }
}
