import PunctualCore
/// A stable 64-bit FNV-1a hash of an ordered list of points: their count, then each latitude and
/// longitude's IEEE bit pattern, all little-endian.
///
/// Stable across runs and machines (unlike `Hasher`, which is seeded per process), so it can key a
/// table. Not cryptographic; the cache stores the points as well to rule out collisions.
enum PointListHash {
    static func of(_ points: [GeoPoint]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ word: UInt64) {
            for shift in stride(from: 0, to: 64, by: 8) {
                hash ^= (word >> UInt64(shift)) & 0xff
                hash = hash &* 0x0000_0100_0000_01b3
            }
        }
        mix(UInt64(points.count))
        for point in points {
            mix(point.latitude.bitPattern)
            mix(point.longitude.bitPattern)
        }
        return hash
    }
}
