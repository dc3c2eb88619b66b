import Foundation
import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualReports

extension ReportingTests {
    /// The page stands alone, shows every part of the plan, and never lets data become markup.
    @Suite struct PlanHTMLTests {
        let report = ReportFixtures.report

        @Test func referencesNothingOutsideItself() {
            let page = PlanHTML.page(report)
            // The SVG namespace is a name, not a fetch; nothing else may point outside.
            let text = page.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "").lowercased()
            for forbidden in ["http:", "https:", "src=", "href=", "<script", "<link", "@import", "url(http", "url(//", "//cdn"] {
                #expect(!text.contains(forbidden), "\(forbidden)")
            }
            // The only url() the page uses points inside it.
            #expect(text.components(separatedBy: "url(").dropFirst().allSatisfy { $0.hasPrefix("#") })
        }

        @Test func escapesEveryTextFromTheData() {
            var report = report
            report.business = "Smith & Sons <HVAC>"
            report.routes[0].visits[0].customer = "<Tom & \"Jerry\">"
            report.routes[0].technicianName = "Kim O'Hara"
            report.unassigned[0].reason = "<script>alert(1)</script>"
            let page = PlanHTML.page(report)
            #expect(page.contains("&lt;Tom &amp; &quot;Jerry&quot;&gt;"))
            #expect(!page.contains("<Tom"))
            #expect(page.contains("Kim O&#39;Hara"))
            #expect(!page.contains("O'Hara"))
            #expect(page.contains("Smith &amp; Sons &lt;HVAC&gt;"))
            #expect(!page.contains("<script>"))
            #expect(!page.contains("<HVAC>"))
        }

        @Test func embedsTheMapAndTheTimelineAsTheyRenderAlone() {
            let page = PlanHTML.page(report, width: 1000)
            #expect(page.contains(SVGMap(report, width: 1000).svg))
            #expect(page.contains(SVGTimeline(report, width: 1000).svg))
        }

        @Test func showsTheHeaderWarningsAndTheDayInNumbers() {
            let page = PlanHTML.page(report)
            #expect(page.hasPrefix("<!DOCTYPE html>"))
            #expect(page.contains("Tuesday 24 November 2026"))
            #expect(page.contains("America/Denver"))
            #expect(page.contains("Travel times: great-circle"))
            #expect(page.contains(report.plan.warnings[0]))
            #expect(page.contains("<div class=\"label\">Broken promises</div><div class=\"value\">1</div>"))
            #expect(page.contains("<div class=\"label\">Technicians used</div><div class=\"value\">3</div>"))
        }

        @Test func listsEachTechniciansStopsAndChecklistThenTheJobsLeftOut() {
            let page = PlanHTML.page(report)
            #expect(page.components(separatedBy: "<article class=\"tech\"").count - 1 == 3)
            #expect(page.components(separatedBy: "<table class=\"stops\">").count - 1 == 3)
            for visit in report.routes.flatMap(\.visits) {
                #expect(page.contains("<td>\(visit.job)</td>"))
            }
            #expect(page.contains("Smart thermostat"))
            #expect(page.contains("<span class=\"badge load\">load 1</span>"))
            #expect(page.contains("Without visits: Brandon Knutson (T04)"))
            for job in report.unassigned {
                #expect(page.contains(HTMLEscaping.escape(job.reason)))
            }
        }

        @Test func brokenPromisesComeFirstWithTheirProposal() throws {
            let page = PlanHTML.page(report)
            let alert = try #require(page.range(of: "id=\"broken-promises\""))
            let map = try #require(page.range(of: "id=\"map\""))
            #expect(alert.lowerBound < map.lowerBound)
            #expect(page.contains(HTMLEscaping.escape(report.brokenPromises[0].proposal!)))
        }

        @Test func hoveringATechnicianHighlightsTheirMarksWithoutAScript() {
            let page = PlanHTML.page(report)
            #expect(!page.contains("<script"))
            for index in report.routes.indices {
                #expect(page.contains("body:has([data-tech=\"\(index)\"]:hover) svg [data-tech]:not([data-tech=\"\(index)\"])"))
                #expect(page.contains("<g class=\"row\" data-tech=\"\(index)\">"))
            }
        }

        @Test func anEmptyPlanRenders() {
            for plan in [ReportFixtures.emptyReport, ReportFixtures.report(routes: [], unassigned: [], brokenPromises: [])] {
                let page = PlanHTML.page(plan)
                #expect(page.contains("No technician has visits in this plan."))
                #expect(page.contains("Every job of the day is on a route."))
                #expect(!page.contains("id=\"broken-promises\""))
                #expect(page.hasSuffix("</html>\n"))
            }
        }
    }
}
