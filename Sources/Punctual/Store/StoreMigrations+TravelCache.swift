import GRDB
import PunctualCore

extension StoreMigrations {
    /// `v4-travel-cache`: travel matrices fetched from a routing service, keyed by the service and a
    /// hash of the ordered points, so a plan over the same places does not ask again.
    ///
    /// The points themselves are stored too, and compared on reading, so a hash collision is a miss
    /// rather than a wrong matrix. Matrices are little-endian Int32 blobs, row-major.
    static func createTravelCache(_ db: Database) throws {
        try db.create(table: "travel_cache") { t in
            t.column("service", .text).notNull()
            t.column("points_hash", .integer).notNull()
            t.column("count", .integer).notNull().check { $0 >= 0 }
            t.column("points", .blob).notNull()
            t.column("durations", .blob).notNull()
            t.column("distances", .blob).notNull()
            t.column("created_at", .datetime).notNull()
            t.primaryKey(["service", "points_hash"])
        }
    }
}
