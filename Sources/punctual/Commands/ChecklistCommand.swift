import ArgumentParser
import Punctual
import PunctualCore
import PunctualReports

struct ChecklistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklist",
        abstract: "Print each technician's parts checklist for a day: needed, in the van, to load at the depot.",
        discussion: "From the published plan unless --version picks another. Example:\n  punctual checklist --date tomorrow --technician T02")

    @OptionGroup var store: StoreOptions
    @OptionGroup var day: DateOption
    @OptionGroup var choice: PlanChoice

    @Option(help: "Only this technician.")
    var technician: String?

    @Option(help: "table or json.")
    var format: OutputFormat = .table

    func run() throws {
        let store = try store.openStore()
        let date = day.value(in: try store.requireProfile().calendar)
        let snapshot = try store.daySnapshot(on: date)
        if let technician, snapshot.technician(technician) == nil {
            throw CommandFailure("--technician '\(technician)' is not a known technician; `punctual technicians list` shows them")
        }
        let plan = try choice.shown(in: store, on: date)
        let report = PlanReportBuilder(snapshot: snapshot).report(plan)
        let routes = report.routes.filter { technician == nil || $0.technician == technician }
        if format != .table {
            struct Entry: Encodable { var technician: String; var name: String; var startsAtDepot: Bool; var checklist: [ChecklistLine] }
            print(try ListingJSON.string(routes.map {
                Entry(technician: $0.technician, name: $0.technicianName, startsAtDepot: $0.startsAtDepot, checklist: $0.checklist)
            }))
            return
        }
        guard routes.contains(where: { !$0.visits.isEmpty }) else {
            print("\(technician ?? "nobody") has no visits on plan version \(plan.version) for \(date): no parts to load")
            return
        }
        for route in routes where !route.visits.isEmpty {
            let origin = route.startsAtDepot ? "starts at the depot: load before leaving" : "does not start at the depot: van stock only"
            print("\(route.technician) \(route.technicianName) — \(route.visits.count) visits; \(origin)")
            if route.checklist.isEmpty {
                print("  no parts needed\n")
                continue
            }
            var table = TextTable("PART", "NAME", "NEEDED", "IN VAN", "LOAD", "FOR JOBS")
            for line in route.checklist {
                table.append([line.part, line.name, "\(line.needed)", "\(line.inVan)", line.load > 0 ? "\(line.load)" : "-",
                              line.jobs.joined(separator: " ")])
            }
            print(table.rendered + "\n")
        }
    }
}
