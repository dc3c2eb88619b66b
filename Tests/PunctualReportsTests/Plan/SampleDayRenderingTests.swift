import Foundation
import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualImport
@testable import PunctualReports

extension ReportingTests {
    /// The renderings hold at the size of the sample business's real day: 12 technicians, ~90 visits.
    @Suite struct SampleDayRenderingTests {
        @Test func everyMarkOfTheFullDayIsInsideTheMapAndTheTimeline() throws {
            let report = try SampleDayReport.report()
            let visits = report.routes.flatMap(\.visits)
            #expect(report.routes.count == 12)
            #expect(visits.count > 60)

            let map = try #require(SVGElements(SVGMap(report).svg))
            let markers = map.all("circle").filter { $0.attributes["r"] == "9" }.count
                + map.all("rect").filter { $0.attributes["width"] == "18" && $0.tech != nil }.count
            #expect(markers == visits.count)
            let timeline = try #require(SVGElements(SVGTimeline(report).svg))
            #expect(timeline.all("g").filter { $0.attributes["class"] == "row" }.count == report.routes.count)
            for svg in [map, timeline] {
                for p in svg.drawnPoints {
                    #expect((0...svg.viewBox.width).contains(p.x) && (0...svg.viewBox.height).contains(p.y), "\(p)")
                }
            }
        }

        @Test func theFullDayRoundTripsThroughCSVAndGeoJSON() throws {
            let report = try SampleDayReport.report()
            let table = try CSVTable(parsing: PlanCSV.string(report), file: "plan.csv")
            #expect(table.rows.count == report.kpis.jobs)
            let json = try JSONSerialization.jsonObject(with: Data(PlanGeoJSON.string(report).utf8)) as? [String: Any]
            let features = try #require(json?["features"] as? [[String: Any]])
            #expect(features.count == report.routes.filter { !$0.visits.isEmpty }.count + report.kpis.jobs + 1)
        }
    }
}
