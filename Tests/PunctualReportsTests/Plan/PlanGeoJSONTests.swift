import Foundation
import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualReports

extension ReportingTests {
    /// The GeoJSON is a valid RFC 7946 FeatureCollection whose features retrace the plan.
    @Suite struct PlanGeoJSONTests {
        let report = ReportFixtures.report

        func features(_ report: PlanReport) throws -> [[String: Any]] {
            let text = try PlanGeoJSON.string(report)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            #expect(object["type"] as? String == "FeatureCollection")
            let features = try #require(object["features"] as? [[String: Any]])
            for feature in features {
                #expect(feature["type"] as? String == "Feature")
                #expect(feature["properties"] is [String: Any])
                let geometry = try #require(feature["geometry"] as? [String: Any])
                #expect(["Point", "LineString"].contains(geometry["type"] as? String))
            }
            return features
        }

        func kind(_ feature: [String: Any]) -> String? { (feature["properties"] as? [String: Any])?["kind"] as? String }
        func properties(_ feature: [String: Any]) -> [String: Any] { feature["properties"] as! [String: Any] }
        func geometry(_ feature: [String: Any]) -> [String: Any] { feature["geometry"] as! [String: Any] }

        @Test func eachUsedRouteIsALineFromItsStartThroughEachVisitToItsEnd() throws {
            let lines = try features(report).filter { geometry($0)["type"] as? String == "LineString" }
            let used = report.routes.enumerated().filter { !$0.element.visits.isEmpty }
            #expect(lines.count == used.count)
            for (line, (index, route)) in zip(lines, used) {
                let coordinates = try #require(geometry(line)["coordinates"] as? [[Double]])
                let expected = ([route.startLocation] + route.visits.map(\.location) + [route.endLocation])
                    .map { [$0.longitude, $0.latitude] }
                #expect(coordinates == expected)
                let props = properties(line)
                #expect(props["technician"] as? String == route.technician)
                #expect(props["name"] as? String == route.technicianName)
                #expect(props["stroke"] as? String == TechnicianPalette.colour(at: index))
                #expect(props["visits"] as? Int == route.visits.count)
                #expect(props["travel_minutes"] as? Int == route.travelMinutes)
                #expect(abs((props["distance_km"] as? Double ?? -1) - route.distanceKm) < 1e-9)
            }
        }

        @Test func eachVisitIsAPointWithItsRouteAndWindow() throws {
            let points = try features(report).filter { kind($0) == "visit" }
            let visits = report.routes.flatMap { route in route.visits.map { (route, $0) } }
            #expect(points.count == visits.count)
            for (point, (route, visit)) in zip(points, visits) {
                #expect(geometry(point)["coordinates"] as? [Double] == [visit.location.longitude, visit.location.latitude])
                let props = properties(point)
                #expect(props["job"] as? String == visit.job)
                #expect(props["technician"] as? String == route.technician)
                #expect(props["sequence"] as? Int == visit.sequence)
                #expect(props["customer"] as? String == visit.customer)
                #expect(props["arrival"] as? String == visit.arrival.iso8601)
                #expect(props["window_start"] as? String == visit.windowStart?.iso8601)
                #expect(props["promised"] as? Bool == visit.promised)
                #expect(props["slack_minutes"] as? Int == visit.slackMinutes)
                #expect(props["marker-color"] as? String != nil)
            }
        }

        @Test func unassignedJobsAndTheDepotArePointsToo() throws {
            let all = try features(report)
            let unassigned = all.filter { kind($0) == "unassigned" }
            #expect(unassigned.map { properties($0)["job"] as? String } == report.unassigned.map(\.job))
            #expect(unassigned.map { properties($0)["reason"] as? String } == report.unassigned.map(\.reason))
            let depot = try #require(all.first { kind($0) == "depot" })
            #expect(geometry(depot)["coordinates"] as? [Double] == [report.depot.longitude, report.depot.latitude])
        }

        @Test func textIsCarriedVerbatim() throws {
            var report = report
            report.routes[0].visits[0].customer = "<Tom & \"Jerry\">\n/ \\ é"
            let visit = try #require(try features(report).first { kind($0) == "visit" })
            #expect(properties(visit)["customer"] as? String == "<Tom & \"Jerry\">\n/ \\ é")
        }

        @Test func anEmptyPlanHasOnlyTheDepot() throws {
            let all = try features(ReportFixtures.emptyReport)
            #expect(all.map(kind) == ["depot"])
        }
    }
}
