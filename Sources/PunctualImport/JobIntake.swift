import Foundation
import Punctual
import PunctualCore

/// `jobs add`: one job from the phone, read with exactly the checks of a `jobs.csv` row (the same
/// columns, the same messages, phone numbers written the national way understood), written with
/// its customer and its audit entry in one transaction.
public struct JobIntake: Sendable {
    public let store: Store

    public init(store: Store) {
        self.store = store
    }

    /// Why a job was not added; nothing was written.
    public enum Failure: Error, CustomStringConvertible, Equatable {
        /// Each wrong field, named as the caller gave it (`--phone`, or `phone` over the API).
        case invalid([(field: String, message: String)])
        case exists(String)

        public static func == (a: Failure, b: Failure) -> Bool { a.description == b.description }

        public var description: String {
            switch self {
            case .invalid(let problems):
                problems.map { "\($0.field): \($0.message)" }.joined(separator: "\n")
                    + "\n\(problems.count) problem\(problems.count == 1 ? "" : "s") found; nothing was added."
            case .exists(let id):
                "job \(id) already exists; change it with `punctual jobs edit \(id)`"
            }
        }
    }

    /// The columns a job may be given by, as in `jobs.csv`, less the promised window: a window is
    /// promised by booking, after the check.
    public static let fields = ["id", "customer", "phone", "email", "notify", "lat", "lon", "address", "type", "duration_minutes",
                                "date", "skills", "parts", "priority", "available", "notes"]

    /// Adds the job `values` describes (by `fields` name; `id` may be left out for the next free
    /// `J` number). `name` says how a field is called where it came from, for the messages.
    @discardableResult
    public func add(_ values: [String: String], actor: String, now: Date, name: (String) -> String = { $0 }) throws -> Job {
        let unknown = values.keys.filter { !Self.fields.contains($0) }.sorted()
        if !unknown.isEmpty {
            throw Failure.invalid(unknown.map { (name($0), "is not a field of a job (\(Self.fields.joined(separator: ", ")))") })
        }
        var values = values
        let given = values["id"].map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        let id = given.isEmpty ? try nextID() : given
        values["id"] = id
        if try store.jobExists(id) { throw Failure.exists(id) }
        let business = try store.requireProfile()
        if let text = values["date"], let date = LocalDate(parsing: text.trimmingCharacters(in: .whitespaces)),
           date < business.calendar.local(now).date {
            throw Failure.invalid([(name("date"), "\(date) is in the past (today is \(business.calendar.local(now).date))")])
        }
        let header = Self.fields.filter { values[$0] != nil }
        var csv = CSVWriter(header: header)
        csv.append(header.map { values[$0] ?? "" })
        let batch: ImportBatch
        do {
            batch = try Importer(store: store).validate([.init(kind: .jobs, name: "jobs add", contents: csv.text)])
        } catch ImportError.invalid(let issues) {
            throw Failure.invalid(issues.map { (name($0.column ?? "row"), $0.message) })
        }
        guard let entry = batch.jobs.first else { throw Failure.invalid([(name("id"), "no job was read")]) }
        let audit = AuditEntry(at: now, actor: actor, action: "job.add", jobID: id,
                               detail: "added \(entry.job.type) for \(entry.customer.name) (\(entry.customer.phone)) on \(entry.job.date), "
                                   + "\(entry.job.durationMinutes) min")
        try store.apply(batch, audit: [audit])
        guard let job = try store.job(id) else { throw Failure.invalid([(name("id"), "was not stored")]) }
        return job
    }

    /// `J` and one more than the highest number of the jobs named so (J0097 after J0096).
    func nextID() throws -> String {
        let numbers = try store.jobs().compactMap { job -> Int? in
            guard job.id.hasPrefix("J") else { return nil }
            return Int(job.id.dropFirst())
        }
        let next = (numbers.max() ?? 0) + 1
        let digits = String(next)
        return "J" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
