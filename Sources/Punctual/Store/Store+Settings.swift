import GRDB
import PunctualCore

/// The business's tunables: stored overrides over built-in defaults.
extension Store {
    /// The settings in force: the stored ones, with the secrets given from outside in their place.
    public func settings() throws -> Settings {
        try writer.read { db in try Self.settings(db) }.overlaying(secrets)
    }

    static func settings(_ db: Database) throws -> Settings {
        var overrides: [SettingKey: String] = [:]
        for record in try SettingRecord.fetchAll(db) {
            if let key = SettingKey(rawValue: record.key) { overrides[key] = record.value }
        }
        return Settings(overrides: overrides)
    }

    /// Sets `key` to `value` after checking it, or back to its default when `value` is nil.
    public func setSetting(_ key: SettingKey, to value: String?) throws {
        if let value, let problem = key.problem(with: value) {
            throw StoreError.invalidSetting(key: key.rawValue, detail: problem)
        }
        try writer.write { db in
            if let value {
                var record = SettingRecord(key: key.rawValue, value: value)
                try record.save(db)
            } else {
                _ = try SettingRecord.deleteOne(db, key: key.rawValue)
            }
        }
    }
}
