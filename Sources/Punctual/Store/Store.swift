import Foundation
import GRDB
import PunctualCore

/// The embedded database: the only place in Punctual that knows SQL.
///
/// A file store is a WAL-mode `DatabasePool` (readers never wait for the writer, which the HTTP API
/// needs); tests may use an in-memory one. Foreign keys are enforced, the schema is brought up to
/// date on open, and every multi-row change happens in one transaction.
public final class Store: Sendable {
    package let writer: any DatabaseWriter
    /// Secrets given from outside (`SecretEnvironment`): they take the place of the database's
    /// values in every `Settings` this store reads, and are never written to it.
    public let secrets: [SettingKey: String]

    /// The database file used when neither `--db` nor `PUNCTUAL_DB` says otherwise.
    public static let defaultFileName = "punctual.sqlite"

    private init(writer: any DatabaseWriter, secrets: [SettingKey: String] = [:]) throws {
        self.writer = writer
        self.secrets = secrets
        try StoreMigrations.migrator.migrate(writer)
    }

    /// Opens the database at `path`. With `create: false`, a missing file is an error rather than a
    /// new empty database, so a typo in `--db` is noticed.
    ///
    /// A new file is put in WAL mode, which SQLite remembers. Commands open it through one serial
    /// connection that writes nothing until asked to (so a refused import leaves the file
    /// byte-for-byte as it was); the server asks for `concurrentReads`, a pool whose readers never
    /// wait for the writer.
    public static func open(path: String, create: Bool = false, concurrentReads: Bool = false,
                            secrets: [SettingKey: String] = [:]) throws -> Store {
        let exists = FileManager.default.fileExists(atPath: path)
        if !create && !exists {
            throw StoreError.missingDatabase(path: path)
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(5)
        do {
            if concurrentReads {
                return try Store(writer: DatabasePool(path: path, configuration: configuration), secrets: secrets)
            }
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            if !exists {
                try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
            }
            return try Store(writer: queue, secrets: secrets)
        } catch let error as DatabaseError {
            throw StoreError.unusable(path: path, detail: error.message ?? "\(error)")
        }
    }

    /// A private, empty database in memory, for tests and throwaway runs.
    public static func inMemory() throws -> Store {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        return try Store(writer: DatabaseQueue(configuration: configuration))
    }

    /// The names of the migrations applied to this database, oldest first.
    public func appliedMigrations() throws -> [String] {
        try writer.read { db in try StoreMigrations.migrator.appliedMigrations(db) }
    }

    /// The journal mode SQLite reports (`wal` for a file store).
    public func journalMode() throws -> String {
        try writer.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }

    // MARK: The business's profile (name, time zone, depot); its tunables are `settings()`

    /// Who the business is: name, time zone and depot, as `punctual init` stored them.
    public func profile() throws -> BusinessProfile? {
        try writer.read { db in try SettingsRecord.fetchOne(db)?.settings }
    }

    /// The profile, or an error telling the user to run `punctual init`.
    public func requireProfile() throws -> BusinessProfile {
        guard let profile = try profile() else { throw StoreError.notInitialized }
        return profile
    }

    public func saveProfile(_ profile: BusinessProfile) throws {
        try writer.write { db in
            var record = SettingsRecord(profile)
            try record.save(db)
        }
    }

    // MARK: Reading the business

    public func parts() throws -> [Part] {
        try writer.read { db in try Self.fetchParts(db) }
    }

    static func fetchParts(_ db: Database) throws -> [Part] {
        try PartRecord.order(PartRecord.Columns.id).fetchAll(db).map(\.part)
    }

    public func technicians() throws -> [Technician] {
        try writer.read { db in try Self.fetchTechnicians(db) }
    }

    /// Customers in id order; only `ids` when given.
    public func customers(ids: [Int64]? = nil) throws -> [Customer] {
        try writer.read { db in try Self.fetchCustomers(db, ids: ids) }
    }

    /// Jobs in id order; only those for `date`, and only `ids`, when given.
    public func jobs(on date: LocalDate? = nil, ids: [String]? = nil) throws -> [Job] {
        try writer.read { db in try Self.fetchJobs(db, on: date, ids: ids) }
    }

    /// The technicians (only `ids` when given) whose records `keep` accepts, with their van stock, in id order.
    static func fetchTechnicians(_ db: Database, ids: [String]? = nil,
                                 where keep: (TechnicianRecord) -> Bool = { _ in true }) throws -> [Technician] {
        var records = TechnicianRecord.order(TechnicianRecord.Columns.id)
        var stockRows = VanStockRecord.order(VanStockRecord.Columns.partId)
        if let ids {
            records = records.filter(ids.contains(TechnicianRecord.Columns.id))
            stockRows = stockRows.filter(ids.contains(VanStockRecord.Columns.technicianId))
        }
        let stock = Dictionary(grouping: try stockRows.fetchAll(db), by: \.technicianId)
        return try records.fetchAll(db).filter(keep).map { record in
            record.technician(stock: (stock[record.id] ?? []).map { PartQuantity(part: $0.partId, quantity: $0.quantity) })
        }
    }

    static func fetchCustomers(_ db: Database, ids: [Int64]? = nil) throws -> [Customer] {
        var request = CustomerRecord.order(CustomerRecord.Columns.id)
        if let ids { request = request.filter(ids.contains(CustomerRecord.Columns.id)) }
        return try request.fetchAll(db).map(\.customer)
    }

    static func fetchJobs(_ db: Database, on date: LocalDate?, ids wanted: [String]? = nil) throws -> [Job] {
        var request = JobRecord.order(JobRecord.Columns.id)
        if let date { request = request.filter(JobRecord.Columns.date == date.description) }
        if let wanted { request = request.filter(wanted.contains(JobRecord.Columns.id)) }
        let records = try request.fetchAll(db)
        let ids = records.map(\.id)
        let parts = Dictionary(grouping: try JobPartRecord.filter(ids.contains(JobPartRecord.Columns.jobId))
            .order(JobPartRecord.Columns.partId).fetchAll(db), by: \.jobId)
        let availability = Dictionary(grouping: try JobAvailabilityRecord.filter(ids.contains(JobAvailabilityRecord.Columns.jobId))
            .order(JobAvailabilityRecord.Columns.start).fetchAll(db), by: \.jobId)
        return records.map { record in
            record.job(
                parts: (parts[record.id] ?? []).map { PartQuantity(part: $0.partId, quantity: $0.quantity) },
                availability: (availability[record.id] ?? []).map { DateInterval(start: $0.start, end: $0.end) })
        }
    }
}
