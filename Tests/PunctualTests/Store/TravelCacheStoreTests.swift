import Foundation
import PunctualTestSupport
import Testing
@testable import Punctual
@testable import PunctualCore

@Suite struct TravelCacheStoreTests {
    let points = [GeoPoint(latitude: 46.87, longitude: -114.0), GeoPoint(latitude: 46.9, longitude: -113.95),
                  GeoPoint(latitude: -33.9, longitude: 18.4)]
    let matrix = TravelMatrix(count: 3, durations: [0, 600, 2_000_000_000, 610, 0, 7, 1, 2, 0],
                              distances: [0, 5550, 14_000_000, 5600, 0, 9, 3, 4, 0])

    @Test func aMatrixRoundTripsThroughAFileStore() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("cache.sqlite").path
        try Store.open(path: path, create: true).cacheTravelMatrix(matrix, service: "osrm http://router:5000", points: points, at: Fixtures.eveningBefore)
        let reopened = try Store.open(path: path)
        #expect(try reopened.cachedTravelMatrix(service: "osrm http://router:5000", points: points) == matrix)
        #expect(try reopened.cachedTravelMatrix(service: "osrm http://other:5000", points: points) == nil)
        #expect(try reopened.cachedTravelMatrix(service: "osrm http://router:5000", points: Array(points.dropLast())) == nil)
    }

    @Test func aNewerAnswerReplacesTheOlder() throws {
        let store = try Store.inMemory()
        try store.cacheTravelMatrix(matrix, service: "osrm", points: points, at: Fixtures.eveningBefore)
        let newer = TravelMatrix(count: 3, durations: matrix.durations.map { $0 / 2 }, distances: matrix.distances)
        try store.cacheTravelMatrix(newer, service: "osrm", points: points, at: Fixtures.eveningBefore)
        #expect(try store.cachedTravelMatrix(service: "osrm", points: points) == newer)
        #expect(try store.travelCacheCount() == 1)
    }

    @Test func valuesBeyondInt32AreNotCached() throws {
        let store = try Store.inMemory()
        let huge = TravelMatrix(count: 1, durations: [0], distances: [Int(Int32.max) + 1])
        #expect(try store.cacheTravelMatrix(huge, service: "osrm", points: [points[0]], at: Fixtures.eveningBefore) == false)
        #expect(try store.travelCacheCount() == 0)
    }

    @Test func oldEntriesCanBeCleared() throws {
        let store = try Store.inMemory()
        let now = Fixtures.eveningBefore
        try store.cacheTravelMatrix(matrix, service: "osrm a", points: points, at: now.addingTimeInterval(-86_400))
        try store.cacheTravelMatrix(matrix, service: "osrm b", points: points, at: now)
        #expect(try store.clearTravelCache(before: now.addingTimeInterval(-3_600)) == 1)
        #expect(try store.cachedTravelMatrix(service: "osrm b", points: points) == matrix)
        #expect(try store.clearTravelCache() == 1)
    }

    @Test func theKeyIsAStableFNV1aOfTheOrderedPoints() {
        // No points hash as the count 0 alone: FNV-1a 64 of eight zero bytes, the published value.
        #expect(PointListHash.of([]) == 0xa8c7_f832_281a_39c5)
        #expect(PointListHash.of(points) == PointListHash.of(points))
        #expect(PointListHash.of(points) != PointListHash.of(points.reversed()))
        #expect(PointListHash.of([points[0]]) != PointListHash.of([GeoPoint(latitude: -114.0, longitude: 46.87)]))
    }
}
