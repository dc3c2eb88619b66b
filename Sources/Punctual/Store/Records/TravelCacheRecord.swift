import Foundation
import GRDB
import PunctualCore

/// One cached travel matrix: the service, the points it is for, and both matrices as
/// little-endian blobs (points as Float64 bit patterns, durations and distances as Int32).
struct TravelCacheRecord: StoreRecord {
    static let databaseTableName = "travel_cache"
    var service: String
    /// The `PointListHash` of the points, its bits stored as a signed integer.
    var pointsHash: Int64
    var count: Int
    var points: Data
    var durations: Data
    var distances: Data
    var createdAt: Date

    enum CodingKeys: String, CodingKey {
        case service, pointsHash = "points_hash", count, points, durations, distances, createdAt = "created_at"
    }

    /// The columns the store's queries name, typed from the coding keys.
    enum Columns {
        static let createdAt = Column(CodingKeys.createdAt)
    }

    /// Nil when a value does not fit in an Int32 (no real trip does); such a matrix is not cached.
    init?(service: String, points: [GeoPoint], matrix: TravelMatrix, createdAt: Date) {
        guard let durations = Self.int32Blob(matrix.durations), let distances = Self.int32Blob(matrix.distances) else {
            return nil
        }
        self.service = service
        pointsHash = Self.key(points)
        count = points.count
        self.points = Self.pointsBlob(points)
        self.durations = durations
        self.distances = distances
        self.createdAt = createdAt
    }

    static func key(_ points: [GeoPoint]) -> Int64 { Int64(bitPattern: PointListHash.of(points)) }

    /// The matrix, if this row is for exactly `points` and its blobs are whole.
    func matrix(for points: [GeoPoint]) -> TravelMatrix? {
        guard count == points.count, self.points == Self.pointsBlob(points),
              let durations = Self.ints(fromInt32Blob: durations), let distances = Self.ints(fromInt32Blob: distances),
              durations.count == count * count, distances.count == count * count else { return nil }
        return TravelMatrix(count: count, durations: durations, distances: distances)
    }

    static func pointsBlob(_ points: [GeoPoint]) -> Data {
        var data = Data(capacity: points.count * 16)
        for point in points {
            append(point.latitude.bitPattern, to: &data)
            append(point.longitude.bitPattern, to: &data)
        }
        return data
    }

    static func int32Blob(_ values: [Int]) -> Data? {
        var data = Data(capacity: values.count * 4)
        for value in values {
            guard let narrow = Int32(exactly: value) else { return nil }
            withUnsafeBytes(of: narrow.littleEndian) { data.append(contentsOf: $0) }
        }
        return data
    }

    static func ints(fromInt32Blob data: Data) -> [Int]? {
        guard data.count % 4 == 0 else { return nil }
        let bytes = [UInt8](data)
        return stride(from: 0, to: bytes.count, by: 4).map { offset in
            let bits = UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8
                | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
            return Int(Int32(bitPattern: bits))
        }
    }

    private static func append(_ value: UInt64, to data: inout Data) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }
}
