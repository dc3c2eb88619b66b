import ArgumentParser
import Punctual
import PunctualCore
import PunctualReports

struct TechniciansListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the technicians.",
        discussion: "Example:\n  punctual technicians list\n  punctual technicians list --format json > technicians.json")

    @OptionGroup var store: StoreOptions

    @Option(help: "table or json.")
    var format: OutputFormat = .table

    func run() throws {
        let technicians = try Listings.technicians(store.openStore())
        switch format {
        case .json:
            print(try ListingJSON.string(technicians))
        case .table:
            var table = TextTable("ID", "NAME", "SKILLS", "SHIFT", "BREAK", "START", "END", "STOCK")
            for technician in technicians {
                table.append([
                    technician.id, technician.name, technician.skills.joined(separator: ";"),
                    "\(technician.shiftStart)-\(technician.shiftEnd)",
                    technician.break.map { "\($0.minutes)m \($0.earliestStart)-\($0.latestStart)" } ?? "-",
                    Self.format(technician.start),
                    technician.end == technician.start ? "same" : Self.format(technician.end),
                    "\(technician.stock.count) parts, \(technician.stockUnits) units",
                ])
            }
            print(table.rendered)
            print("\(technicians.count) technicians")
        }
    }

    static func format(_ point: GeoPoint) -> String {
        "\(point.latitude.formatted(decimals: 4)),\(point.longitude.formatted(decimals: 4))"
    }
}
