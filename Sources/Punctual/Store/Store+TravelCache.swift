import Foundation
import GRDB
import PunctualCore

/// Travel matrices from routing services, kept so the same points are not asked for twice.
extension Store {
    /// The matrix cached for `service` and exactly these points in this order, if any.
    public func cachedTravelMatrix(service: String, points: [GeoPoint]) throws -> TravelMatrix? {
        try writer.read { db in
            let key: [String: (any DatabaseValueConvertible)?] = ["service": service, "points_hash": TravelCacheRecord.key(points)]
            return try TravelCacheRecord.fetchOne(db, key: key)?.matrix(for: points)
        }
    }

    /// Keeps `matrix` as the answer of `service` for `points`, replacing any older one. Returns false
    /// (and keeps nothing) when a value is too large to store, which no real trip is.
    @discardableResult
    public func cacheTravelMatrix(_ matrix: TravelMatrix, service: String, points: [GeoPoint], at date: Date) throws -> Bool {
        precondition(matrix.count == points.count, "a matrix for \(matrix.count) points cannot be cached for \(points.count)")
        guard let record = TravelCacheRecord(service: service, points: points, matrix: matrix, createdAt: date) else {
            return false
        }
        try writer.write { db in
            var row = record
            try row.save(db)
        }
        return true
    }

    /// Forgets cached matrices made before `date` (all of them when nil), e.g. after the road data
    /// behind a service was updated. Returns how many were removed.
    @discardableResult
    public func clearTravelCache(before date: Date? = nil) throws -> Int {
        try writer.write { db in
            if let date {
                return try TravelCacheRecord.filter(TravelCacheRecord.Columns.createdAt < date).deleteAll(db)
            }
            return try TravelCacheRecord.deleteAll(db)
        }
    }

    /// How many matrices the cache holds.
    public func travelCacheCount() throws -> Int {
        try writer.read { db in try TravelCacheRecord.fetchCount(db) }
    }
}
