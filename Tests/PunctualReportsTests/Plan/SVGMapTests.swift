import Foundation
import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualReports

extension ReportingTests {
    /// The map shows every place of the plan inside its drawing, at one scale in both directions.
    @Suite struct SVGMapTests {
        let report = ReportFixtures.report

        @Test func everyPlaceOfThePlanIsProjectedInsideTheMapWithRoomForItsMarker() {
            let map = SVGMap(report)
            let points = SVGMap.points(of: report)
            #expect(points.count == 1 + 3 * 2 + 8 + 2)
            for point in points {
                let p = map.projection.project(point)
                #expect((13...(map.projection.width - 13)).contains(p.x), "\(point)")
                #expect((13...(map.projection.height - 13)).contains(p.y), "\(point)")
            }
        }

        @Test func everythingDrawnLiesInsideTheViewBox() throws {
            let svg = try #require(SVGElements(SVGMap(report).svg))
            #expect(svg.viewBox.x == 0 && svg.viewBox.y == 0)
            #expect(svg.drawnPoints.count > 20)
            for p in svg.drawnPoints {
                #expect((0...svg.viewBox.width).contains(p.x) && (0...svg.viewBox.height).contains(p.y), "\(p)")
            }
        }

        @Test func aKilometreIsAsLongEastWestAsNorthSouth() {
            let projection = MapProjection(fitting: SVGMap.points(of: report), width: 960, heightRange: 320...720, margin: 40)
            // Independent recomputation: 1 km north is 1/111.195 degrees of latitude; 1 km east at
            // latitude φ is that divided by cos φ.
            let origin = GeoPoint(latitude: 46.87, longitude: -114.0)
            let degreesPerKm = 1 / (6371.0 * Double.pi / 180)
            let north = GeoPoint(latitude: origin.latitude + degreesPerKm, longitude: origin.longitude)
            let east = GeoPoint(latitude: origin.latitude, longitude: origin.longitude + degreesPerKm / cos(46.87 * .pi / 180))
            let o = projection.project(origin), n = projection.project(north), e = projection.project(east)
            #expect(abs((o.y - n.y) - projection.pixelsPerKilometre) < 0.05 * projection.pixelsPerKilometre)
            #expect(abs((e.x - o.x) - projection.pixelsPerKilometre) < 0.05 * projection.pixelsPerKilometre)
            #expect(n.y < o.y, "north is up")
        }

        @Test func eachUsedRouteIsOneLineThroughItsVisitsInOrder() throws {
            let map = SVGMap(report)
            let svg = try #require(SVGElements(map.svg))
            for (index, route) in report.routes.enumerated() {
                let lines = svg.all("polyline").filter { $0.tech == String(index) }
                guard !route.visits.isEmpty else {
                    #expect(lines.isEmpty)
                    continue
                }
                let expected = ([route.startLocation] + route.visits.map(\.location) + [route.endLocation]).map(map.projection.project)
                for line in lines {
                    let points = (line.attributes["points"] ?? "").split(separator: " ").map { $0.split(separator: ",").map { Double($0)! } }
                    #expect(points.count == expected.count)
                    for (drawn, p) in zip(points, expected) {
                        #expect(abs(drawn[0] - p.x) <= 0.05 && abs(drawn[1] - p.y) <= 0.05)
                    }
                }
                #expect(lines.contains { $0.attributes["stroke"] == TechnicianPalette.colour(at: index) })
            }
        }

        @Test func visitsAreNumberedByTheirSequenceAndPromisedOnesAreSquares() throws {
            let text = SVGMap(report).svg
            let svg = try #require(SVGElements(text))
            let visits = report.routes.flatMap(\.visits)
            let promised = visits.filter(\.promised).count
            let squares = svg.all("rect").filter { $0.attributes["width"] == "18" && $0.ancestors.contains("g") && $0.tech != nil }
            #expect(squares.count == promised)
            for visit in visits {
                #expect(text.contains(">\(visit.sequence)</text>"))
            }
            let atRisk = visits.filter(\.isAtRisk).count
            #expect(atRisk == 1)
            #expect(svg.all("circle").filter { $0.attributes["r"] == "13" }.count == atRisk)
        }

        @Test func unassignedJobsAreHollowAndEachMarkHasATooltip() throws {
            let text = SVGMap(report).svg
            let svg = try #require(SVGElements(text))
            let hollow = svg.all("circle").filter { $0.attributes["stroke-dasharray"] != nil && $0.attributes["r"] == "7" }
            #expect(hollow.count == report.unassigned.count)
            for visit in report.routes.flatMap(\.visits) {
                #expect(text.contains("<title>#\(visit.sequence) \(visit.job) · \(visit.customer)"))
            }
            #expect(text.contains("window 10:15–11:15 (promised)"))
        }

        @Test func aSinglePointOrAFarAwayJobStillFits() throws {
            var report = report
            report.unassigned[0].location = GeoPoint(latitude: 47.5, longitude: -115.2)
            for plan in [report, ReportFixtures.emptyReport] {
                let map = SVGMap(plan)
                let svg = try #require(SVGElements(map.svg))
                for p in svg.drawnPoints {
                    #expect((0...svg.viewBox.width).contains(p.x) && (0...svg.viewBox.height).contains(p.y), "\(p)")
                }
                #expect(map.projection.pixelsPerKilometre.isFinite && map.projection.pixelsPerKilometre > 0)
            }
        }
    }
}
