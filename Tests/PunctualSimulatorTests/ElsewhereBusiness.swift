import Foundation
import PunctualImport
@testable import PunctualSample

/// A business the sample generator did not make: the generated shape moved about 250 km away, its
/// parts renamed and its name changed, so anything that leans on the sample (its places, its part
/// numbers) fails on it.
enum ElsewhereBusiness {
    static let latitudeShift = 1.1
    static let longitudeShift = 2.9

    static func make(technicians: Int, jobs: Int, seed: UInt64) throws -> SampleBusiness {
        let sample = SampleBusinessGenerator(technicians: technicians, jobs: jobs, seed: seed).generate()
        return SampleBusiness(
            business: try moved(sample.business, file: "business.csv", columns: [("depot_lat", "depot_lon")])
                .replacingOccurrences(of: SampleBusinessGenerator.businessName, with: "Great Falls Comfort Co"),
            parts: try renamed(sample.parts, file: "parts.csv", column: "id"),
            technicians: try moved(sample.technicians, file: "technicians.csv", columns: [("start_lat", "start_lon"), ("end_lat", "end_lon")]),
            stock: try renamed(sample.stock, file: "stock.csv", column: "part"),
            jobs: try renamed(try moved(sample.jobs, file: "jobs.csv", columns: [("lat", "lon")]), file: "jobs.csv", column: "parts"))
    }

    static func write(technicians: Int, jobs: Int, seed: UInt64) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("punctual-elsewhere-\(UUID().uuidString)")
        try make(technicians: technicians, jobs: jobs, seed: seed).write(to: folder)
        return folder
    }

    /// The part ids of the business: "gf-" before the sample's.
    static func part(_ sample: String) -> String { "gf-" + sample }

    private static func moved(_ text: String, file: String, columns: [(String, String)]) throws -> String {
        try rewrite(text, file: file) { header, fields in
            for (lat, lon) in columns {
                if let i = header.firstIndex(of: lat), let value = Double(fields[i]) { fields[i] = String(format: "%.6f", value + latitudeShift) }
                if let i = header.firstIndex(of: lon), let value = Double(fields[i]) { fields[i] = String(format: "%.6f", value + longitudeShift) }
            }
        }
    }

    /// Renames parts in `column`: a bare id, or a `part:quantity;…` list.
    private static func renamed(_ text: String, file: String, column: String) throws -> String {
        try rewrite(text, file: file) { header, fields in
            guard let i = header.firstIndex(of: column), !fields[i].isEmpty else { return }
            fields[i] = fields[i].split(separator: ";").map { item in part(String(item).trimmingCharacters(in: .whitespaces)) }
                .joined(separator: ";")
        }
    }

    private static func rewrite(_ text: String, file: String, _ change: ([String], inout [String]) -> Void) throws -> String {
        let table = try CSVTable(parsing: text, file: file)
        var writer = CSVWriter(header: table.header)
        for row in table.rows {
            var fields = row.fields
            change(table.header, &fields)
            writer.append(fields)
        }
        return writer.text
    }
}
