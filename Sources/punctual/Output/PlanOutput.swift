import Punctual

/// Prints a plan report in the format asked for.
enum PlanOutput {
    static func print(_ report: PlanReport, format: PlanFormat, technician: String? = nil) throws {
        switch format {
        case .table: Swift.print(PlanTable.render(report, technician: technician))
        case .json: Swift.print(try ListingJSON.string(report))
        }
    }
}
