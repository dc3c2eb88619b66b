import Foundation
import Punctual
import PunctualCore

/// `business.csv`: the settings `punctual init --business FILE` starts a database with.
public enum BusinessFile {
    static let schema = CSVSchema(required: ["name", "time_zone", "depot_lat", "depot_lon"], optional: ["depot_address"])

    /// The settings in the file at `path`, named in issues as the user typed it.
    public static func load(path: String) throws(ImportError) -> BusinessProfile {
        try parse(Importer.readText(at: URL(fileURLWithPath: path), name: path), file: path)
    }

    /// The settings in the file's single data row.
    public static func parse(_ contents: String, file: String) throws(ImportError) -> BusinessProfile {
        let table = try CSVTable(parsing: contents, file: file)
        var issues = schema.check(header: table.header, file: file)
        guard issues.isEmpty else { throw .invalid(issues) }
        guard table.rows.count == 1, let row = table.rows.first else {
            throw .invalid([ImportIssue(file: file, line: 2, column: nil,
                                        message: "expected exactly one row of settings, found \(table.rows.count)")])
        }
        var reader = RowReader(file: file, line: row.line, header: table.header, fields: row.fields)
        let name = reader.required("name")
        let zone = reader.required("time_zone")
        if let zone, !BusinessProfile.isKnownTimeZone(zone) {
            reader.fail("time_zone", "'\(zone)' is not an IANA time zone such as America/Denver")
        }
        let lat = reader.latitude("depot_lat")
        let lon = reader.longitude("depot_lon")
        issues += reader.issues
        guard issues.isEmpty, let name, let zone, let lat, let lon else { throw .invalid(issues) }
        return BusinessProfile(name: name, timeZoneIdentifier: zone, depot: GeoPoint(latitude: lat, longitude: lon),
                                depotAddress: reader.text("depot_address"))
    }
}
