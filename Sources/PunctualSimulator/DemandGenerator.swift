import Foundation
import Punctual
import PunctualCore
import PunctualImport
import PunctualSample

/// The requests of each simulated day, as a `jobs.csv` the importer reads: the sample day's own
/// jobs on the first day, and days of the same shape generated from the seed after it.
///
/// Windows are cleared so every request is offered windows under the policy being measured. A generated customer whose phone is already known keeps the
/// known name: a repeat customer, as in any real business.
struct DemandGenerator {
    let sampleJobs: String
    let technicianCount: Int
    let jobsPerDay: Int
    let seed: UInt64

    /// The requests for day `index` (0 = the sample day) falling on `date`.
    func jobsCSV(day index: Int, date: LocalDate, knownNames: [String: String]) throws -> String {
        let text = index == 0 ? sampleJobs
            : SampleBusinessGenerator(technicians: technicianCount, jobs: jobsPerDay, date: date.description,
                                      seed: seed &* 1_000 &+ UInt64(index)).generate().jobs
        let table = try CSVTable(parsing: text, file: "jobs.csv")
        func column(_ name: String) throws -> Int {
            guard let i = table.header.firstIndex(of: name) else { throw SimulationError.sampleJobsLack(column: name) }
            return i
        }
        let (id, customer, phone, start, end, day) = (try column("id"), try column("customer"), try column("phone"),
                                                      try column("window_start"), try column("window_end"), try column("date"))
        var writer = CSVWriter(header: table.header)
        var namesInFile: [String: String] = [:]
        for row in table.rows {
            var fields = row.fields
            if index > 0 { fields[id] = "D\(index + 1)-\(fields[id])" }
            fields[day] = date.description
            fields[start] = ""
            fields[end] = ""
            if let known = knownNames[fields[phone]] ?? namesInFile[fields[phone]] { fields[customer] = known }
            namesInFile[fields[phone]] = fields[customer]
            writer.append(fields)
        }
        return writer.text
    }
}

/// Why a simulation could not run.
public enum SimulationError: Error, CustomStringConvertible {
    case sampleJobsLack(column: String)
    case noJobs(folder: String)
    case serverDidNotStart

    public var description: String {
        switch self {
        case .sampleJobsLack(let column): "the sample jobs.csv has no '\(column)' column"
        case .noJobs(let folder): "\(folder)/jobs.csv holds no jobs to take the first day's date from"
        case .serverDidNotStart: "the API server did not start on a loopback port"
        }
    }
}
