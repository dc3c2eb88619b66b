import Foundation
import Punctual
import PunctualCore
import PunctualImport

/// The requests of each simulated day, drawn from the business's own `jobs.csv`: its own jobs on
/// the first day, and on every later day requests resampled from them, so the job mix, the parts,
/// the skills and the places are the business's and never another's.
///
/// A later day's request takes its work (type, duration, skills, parts, priority, availability,
/// notes) from one of the business's jobs and its customer's ways of being reached (phone, email,
/// how to notify) and place from another, a few hundred
/// metres off: the same neighbourhoods, new doors. About one in five is a repeat customer at a
/// known address. Windows are cleared so every request is offered windows under the policy being
/// measured. A customer whose phone is already known keeps the known name.
struct BusinessDemand {
    private let table: CSVTable
    private let column: [String: Int]
    /// The business's jobs, as rows of fields.
    private let rows: [[String]]
    /// The business's most urgent work: its emergency jobs, else its highest priority, else any.
    private let urgentRows: [[String]]
    private let jobsPerDay: Int
    private let seed: UInt64

    /// Share of a generated day's requests that come from customers already on file.
    static let repeatShare = 0.2
    /// How far (degrees of latitude) a new place may lie from the business's job it is drawn near.
    static let placeJitterDegrees = 0.006

    init(jobsCSV: String, jobsPerDay: Int?, seed: UInt64) throws {
        table = try CSVTable(parsing: jobsCSV, file: "jobs.csv")
        var column: [String: Int] = [:]
        for (i, name) in table.header.enumerated() { column[name] = i }
        for required in ["id", "customer", "phone", "lat", "lon", "type", "date"] where column[required] == nil {
            throw SimulationError.sampleJobsLack(column: required)
        }
        guard !table.rows.isEmpty else { throw SimulationError.noJobs(folder: "jobs.csv") }
        self.column = column
        let rows = table.rows.map(\.fields)
        let priority = column["priority"]
        func rows(of level: String) -> [[String]] { rows.filter { row in priority.map { row.indices.contains($0) && row[$0] == level } ?? false } }
        urgentRows = ["emergency", "high", "normal", "low"].lazy.map(rows(of:)).first { !$0.isEmpty } ?? rows
        self.rows = rows
        self.jobsPerDay = jobsPerDay ?? table.rows.count
        self.seed = seed
    }

    /// The business's first working day, the earliest date in its jobs.
    var firstDate: LocalDate? { table.rows.compactMap { LocalDate(parsing: field($0.fields, "date")) }.min() }

    /// The requests for day `index` (0 = the business's own day) falling on `date`, as a `jobs.csv`.
    func jobsCSV(day index: Int, date: LocalDate, knownNames: [String: String]) -> String {
        var writer = CSVWriter(header: table.header)
        var namesInFile: [String: String] = [:]
        if index == 0 {
            for row in table.rows {
                append(row.fields, id: field(row.fields, "id"), date: date, to: &writer, knownNames: knownNames, namesInFile: &namesInFile)
            }
            return writer.text
        }
        var random = SimulationRandom(seed: seed &* 1_000 &+ UInt64(index))
        for n in 0..<jobsPerDay {
            let fields = request(serial: index * 10_000 + n, random: &random, emergency: false)
            append(fields, id: "D\(index + 1)-\(String(format: "%03d", n + 1))", date: date, to: &writer,
                   knownNames: knownNames, namesInFile: &namesInFile)
        }
        return writer.text
    }

    /// A call that comes in during the day: the business's most urgent kind of work, at a new place
    /// inside its area, wanted today.
    func emergencyCSV(id: String, date: LocalDate, serial: Int, knownNames: [String: String], random: inout SimulationRandom) -> String {
        var writer = CSVWriter(header: table.header)
        var namesInFile: [String: String] = [:]
        var fields = request(serial: 900_000 + serial, random: &random, emergency: true)
        set(&fields, "priority", "emergency")
        set(&fields, "available", "")
        append(fields, id: id, date: date, to: &writer, knownNames: knownNames, namesInFile: &namesInFile)
        return writer.text
    }

    // MARK: Drawing a request

    /// A request's fields: the work of one of the business's jobs at a place near another's.
    private func request(serial: Int, random: inout SimulationRandom, emergency: Bool) -> [String] {
        func any(_ rows: [[String]]) -> [String] { rows[random.int(in: 0...(rows.count - 1))] }
        let work = any(emergency ? urgentRows : rows)
        let place = any(rows)
        var fields = padded(work)
        for name in ["customer", "phone", "email", "notify", "address", "lat", "lon"] { set(&fields, name, field(place, name)) }
        if emergency || !random.chance(Self.repeatShare) {
            // A new customer: a name put together from two of the business's, a number of the same
            // exchange, and a door a few hundred metres from the known one.
            let other = any(rows)
            let first = field(place, "customer").split(separator: " ").first.map(String.init) ?? "Customer"
            let last = field(other, "customer").split(separator: " ").dropFirst().last.map(String.init) ?? "\(serial)"
            set(&fields, "customer", "\(first) \(last)")
            set(&fields, "phone", Self.phone(near: field(place, "phone"), serial: serial))
            if let at = field(place, "email").firstIndex(of: "@") {
                let domain = field(place, "email")[at...]
                let local = "\(first).\(last).\(serial)".lowercased().filter { $0.isLetter || $0.isNumber || $0 == "." }
                set(&fields, "email", local + domain)
            }
            if let lat = Double(field(place, "lat")), let lon = Double(field(place, "lon")) {
                let spread = Self.placeJitterDegrees
                let dLat = spread * (2 * random.unit() - 1)
                let dLon = spread * (2 * random.unit() - 1) / max(0.2, cos(lat * .pi / 180))
                set(&fields, "lat", String(format: "%.6f", lat + dLat))
                set(&fields, "lon", String(format: "%.6f", lon + dLon))
            }
        }
        return fields
    }

    /// A number of the same country and exchange as `known`, its last four digits from `serial`.
    static func phone(near known: String, serial: Int) -> String {
        let digits = known.filter(\.isNumber)
        guard digits.count >= 8 else { return known }
        let suffix = String(format: "%04d", (7_919 * serial + 1_234) % 10_000)
        return (known.hasPrefix("+") ? "+" : "") + digits.dropLast(4) + suffix
    }

    // MARK: Fields

    private func append(_ fields: [String], id: String, date: LocalDate, to writer: inout CSVWriter,
                        knownNames: [String: String], namesInFile: inout [String: String]) {
        var fields = padded(fields)
        set(&fields, "id", id)
        set(&fields, "date", date.description)
        set(&fields, "window_start", "")
        set(&fields, "window_end", "")
        let phone = field(fields, "phone")
        if let known = knownNames[phone] ?? namesInFile[phone] { set(&fields, "customer", known) }
        namesInFile[phone] = field(fields, "customer")
        writer.append(fields)
    }

    private func padded(_ fields: [String]) -> [String] {
        fields.count >= table.header.count ? fields : fields + Array(repeating: "", count: table.header.count - fields.count)
    }

    private func field(_ fields: [String], _ name: String) -> String {
        guard let i = column[name], i < fields.count else { return "" }
        return fields[i]
    }

    private func set(_ fields: inout [String], _ name: String, _ value: String) {
        guard let i = column[name], i < fields.count else { return }
        fields[i] = value
    }
}

/// Why a simulation could not run.
public enum SimulationError: Error, CustomStringConvertible {
    case sampleJobsLack(column: String)
    case noJobs(folder: String)
    case serverDidNotStart

    public var description: String {
        switch self {
        case .sampleJobsLack(let column): "the business's jobs.csv has no '\(column)' column"
        case .noJobs(let folder): "\(folder)/jobs.csv holds no jobs to take the first day's date and the job mix from"
        case .serverDidNotStart: "the API server did not start on a loopback port"
        }
    }
}
