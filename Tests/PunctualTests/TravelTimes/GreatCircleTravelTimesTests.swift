import Testing
@testable import Punctual
@testable import PunctualCore

@Suite struct GreatCircleTravelTimesTests {
    let downtown = GeoPoint(latitude: 46.8721, longitude: -113.9940)
    let reserveStreet = GeoPoint(latitude: 46.8721, longitude: -114.0500)

    @Test func oneDegreeOfLatitudeIsAbout111Kilometres() {
        let metres = GreatCircleTravelTimes.greatCircleMetres(GeoPoint(latitude: 46, longitude: -114),
                                                              GeoPoint(latitude: 47, longitude: -114))
        #expect(abs(metres - 111_195) < 100)
    }

    @Test func aCrossTownTripTakesMinutesNotSeconds() {
        let matrix = GreatCircleTravelTimes().matrix(for: [downtown, reserveStreet])
        // 0.056° of longitude at 46.9° N ≈ 4.27 km; × 1.3 ≈ 5.55 km; at 40 km/h ≈ 500 s, + 120 s.
        #expect(abs(matrix.distance(from: 0, to: 1) - 5_550) < 60)
        #expect(abs(matrix.duration(from: 0, to: 1) - 620) < 10)
    }

    @Test func matricesAreSymmetricWithAZeroDiagonalAndObeyTheTriangleInequality() {
        let points = (0..<12).map { GeoPoint(latitude: 46.80 + Double($0 % 4) * 0.03, longitude: -114.10 + Double($0 / 4) * 0.05) }
        let matrix = GreatCircleTravelTimes().matrix(for: points)
        for i in 0..<points.count {
            #expect(matrix.duration(from: i, to: i) == 0)
            for j in 0..<points.count {
                #expect(matrix.duration(from: i, to: j) == matrix.duration(from: j, to: i))
                for k in 0..<points.count where i != j && j != k && i != k {
                    #expect(matrix.duration(from: i, to: k) <= matrix.duration(from: i, to: j) + matrix.duration(from: j, to: k) + 1)
                }
            }
        }
    }

    @Test func theSamePlaceCostsNothingToReach() {
        let matrix = GreatCircleTravelTimes().matrix(for: [downtown, downtown])
        #expect(matrix.duration(from: 0, to: 1) == 0)
    }
}
