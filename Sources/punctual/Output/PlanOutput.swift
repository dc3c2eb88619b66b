import ArgumentParser
import Foundation
import Punctual
import PunctualCore
import PunctualReports

/// Prints a plan report in the format asked for, to standard output or a file.
enum PlanOutput {
    static func text(_ report: PlanReport, format: PlanFormat, technician: String? = nil) throws -> String {
        switch format {
        case .table: PlanTable.render(report, technician: technician)
        case .json: try ListingJSON.string(report)
        case .csv: PlanCSV.string(report)
        case .geojson: try PlanGeoJSON.string(report)
        case .html: PlanHTML.page(report)
        }
    }

    static func print(_ report: PlanReport, format: PlanFormat, technician: String? = nil, to path: String? = nil) throws {
        let text = try text(report, format: format, technician: technician)
        guard let path else {
            Swift.print(text)
            return
        }
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw ValidationError("cannot write --output \(path): \(error.localizedDescription)")
        }
        FileHandle.standardError.write(Data("wrote \(format.rawValue) to \(path)\n".utf8))
    }
}
