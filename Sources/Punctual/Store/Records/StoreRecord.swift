import GRDB
import PunctualCore

/// A row of the store: a plain Codable struct whose properties map to snake_case columns.
///
/// Records mirror tables one to one; the domain types (`Technician`, `Job`, ...) are assembled
/// from them by `Store`, so the shape of the schema never leaks past the store. Each record spells
/// its column names out in `CodingKeys` rather than using GRDB's snake_case strategies, which
/// convert every key of every row and were most of the cost of reading a technician's day.
package protocol StoreRecord: Codable, FetchableRecord, MutablePersistableRecord {}
