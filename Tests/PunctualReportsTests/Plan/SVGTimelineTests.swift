import Foundation
import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualReports

extension ReportingTests {
    /// The timeline has a row per technician over an axis that holds every shift, and places each
    /// piece of the day at its time.
    @Suite struct SVGTimelineTests {
        let report = ReportFixtures.report

        @Test func theAxisRunsInWholeHoursFromTheEarliestShiftStartToTheLatestReturn() {
            let timeline = SVGTimeline(report)
            #expect(timeline.firstMinute == 7 * 60)   // T04's shift starts at 07:00
            #expect(timeline.lastMinute == 17 * 60)   // the latest shift end, 17:00
            #expect(timeline.x(timeline.firstMinute) == SVGTimeline.labelWidth)
            #expect(timeline.x(timeline.lastMinute) == timeline.width - SVGTimeline.rightPadding)
        }

        @Test func hasOneRowPerTechnicianUsedOrNot() throws {
            let svg = try #require(SVGElements(SVGTimeline(report).svg))
            let rows = svg.all("g").filter { $0.attributes["class"] == "row" }
            #expect(rows.map { $0.attributes["data-tech"] } == report.routes.indices.map { String($0) })
        }

        @Test func workBlocksSitInTheirRowAtTheirTimes() throws {
            let timeline = SVGTimeline(report)
            let svg = try #require(SVGElements(timeline.svg))
            for (index, route) in report.routes.enumerated() {
                let blocks = svg.all("rect").filter { $0.tech == String(index) && $0.attributes["rx"] == "3" }
                #expect(blocks.count == route.visits.count)
                for (block, visit) in zip(blocks, route.visits) {
                    let x = try #require(block.number("x")), y = try #require(block.number("y"))
                    let width = try #require(block.number("width"))
                    #expect(abs(x - timeline.x(visit.start.minuteOfDay)) <= 0.05)
                    #expect(abs(x + width - timeline.x(visit.end.minuteOfDay)) <= 0.1)
                    #expect(y > timeline.rowTop(index) && y < timeline.rowTop(index + 1))
                }
            }
        }

        @Test func risksBreaksAndOvertimeAreDrawn() throws {
            let text = SVGTimeline(report).svg
            let svg = try #require(SVGElements(text))
            let riskOutlines = svg.all("rect").filter { $0.attributes["stroke"] == SVGTimeline.riskColour && $0.tech != nil }
            #expect(riskOutlines.count == report.routes.flatMap(\.visits).filter(\.isAtRisk).count)
            #expect(text.contains("<title>break 12:06–12:36</title>"))
            // Nina's shift ends at 13:00 and she is back at 13:22.
            let overtime = svg.all("rect").filter { $0.attributes["stroke"] == SVGTimeline.overtimeColour && $0.tech == "2" }
            #expect(overtime.count == 1)
            #expect(text.contains("overtime 22 min"))
            #expect(text.contains("<title>promised window 10:15–11:15 for J0011</title>"))
        }

        @Test func waitingForAWindowAndIdleTimeAreToldApartFromDriving() {
            // Lydia drives 08:00–08:18 and waits on site until her window opens at 08:30.
            #expect(SVGTimeline(report).svg.contains("<title>wait 12 min at J0003 for its window</title>"))
            #expect(!SVGTimeline(report).svg.contains("not driving or working"))
            // Leaving J0003 (done 10:15) at 10:29 for a 16-minute drive leaves 14 idle minutes.
            var report = report
            report.routes[1].visits[1].arrival = ReportFixtures.at("10:45")
            report.routes[1].visits[1].start = ReportFixtures.at("10:45")
            #expect(SVGTimeline(report).svg.contains("<title>14 min not driving or working before J0006</title>"))
        }

        @Test func everythingDrawnLiesInsideTheViewBox() throws {
            for plan in [report, ReportFixtures.emptyReport] {
                let svg = try #require(SVGElements(SVGTimeline(plan).svg))
                for p in svg.drawnPoints {
                    #expect((0...svg.viewBox.width).contains(p.x) && (0...svg.viewBox.height).contains(p.y), "\(p)")
                }
            }
        }

        @Test func aPlanWithoutTechniciansStillHasAnAxis() throws {
            let plan = ReportFixtures.report(routes: [], unassigned: [], brokenPromises: [])
            let timeline = SVGTimeline(plan)
            #expect(timeline.firstMinute < timeline.lastMinute)
            #expect(SVGElements(timeline.svg) != nil)
        }
    }
}
