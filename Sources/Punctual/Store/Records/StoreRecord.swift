import GRDB

/// A row of the store: a plain Codable struct whose properties map to snake_case columns.
///
/// Records mirror tables one to one; the domain types (`Technician`, `Job`, ...) are assembled
/// from them by `Store`, so the shape of the schema never leaks past the store.
protocol StoreRecord: Codable, FetchableRecord, MutablePersistableRecord {}

extension StoreRecord {
    static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }
}
