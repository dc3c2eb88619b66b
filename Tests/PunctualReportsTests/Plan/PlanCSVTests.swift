import Foundation
import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualImport
@testable import PunctualReports

extension ReportingTests {
    /// The CSV is a flat, lossless listing of the plan: read back with the project's own CSV reader,
    /// every visit and every unassigned job is there with its values.
    @Suite struct PlanCSVTests {
        let report = ReportFixtures.report

        func table(_ report: PlanReport) throws -> CSVTable {
            try CSVTable(parsing: PlanCSV.string(report), file: "plan.csv")
        }

        func column(_ name: String, _ table: CSVTable) -> Int { table.header.firstIndex(of: name)! }

        @Test func hasOneRowPerVisitThenOnePerUnassignedJob() throws {
            let table = try table(report)
            #expect(table.header == PlanCSV.header)
            let visits = report.routes.flatMap(\.visits)
            #expect(table.rows.count == visits.count + report.unassigned.count)
            #expect(table.rows.allSatisfy { $0.fields.count == PlanCSV.header.count })
            let jobs = table.rows.map { $0.fields[column("job", table)] }
            #expect(jobs == visits.map(\.job) + report.unassigned.map(\.job))
        }

        @Test func visitRowsCarryTheRouteAndTheTimesOfTheVisit() throws {
            let table = try table(report)
            let visits = report.routes.flatMap { route in route.visits.map { (route, $0) } }
            #expect(table.rows.count >= visits.count)
            for (tableRow, (route, visit)) in zip(table.rows, visits) {
                do {
                    let row = tableRow.fields
                    func value(_ name: String) -> String { row[column(name, table)] }
                    #expect(value("technician") == route.technician)
                    #expect(value("technician_name") == route.technicianName)
                    #expect(value("sequence") == String(visit.sequence))
                    #expect(value("customer") == visit.customer)
                    #expect(value("address") == visit.address)
                    #expect(abs(Double(value("lat"))! - visit.location.latitude) < 1e-6)
                    #expect(abs(Double(value("lon"))! - visit.location.longitude) < 1e-6)
                    #expect(value("priority") == visit.priority.rawValue)
                    #expect(value("status") == visit.status.rawValue)
                    #expect(value("window_start") == (visit.windowStart?.iso8601 ?? ""))
                    #expect(value("window_end") == (visit.windowEnd?.iso8601 ?? ""))
                    #expect(value("promised") == String(visit.promised))
                    #expect(value("arrival") == visit.arrival.iso8601)
                    #expect(value("start") == visit.start.iso8601)
                    #expect(value("end") == visit.end.iso8601)
                    #expect(value("slack_minutes") == (visit.slackMinutes.map(String.init) ?? ""))
                    #expect(value("on_time_probability").isEmpty == (visit.onTimeProbability == nil))
                    if let p = visit.onTimeProbability { #expect(abs(Double(value("on_time_probability"))! - p) < 0.001) }
                    #expect(value("travel_minutes") == String(visit.travelMinutes))
                    #expect(value("reason").isEmpty)
                }
            }
        }

        @Test func instantsAreISO8601WithTheBusinessOffset() throws {
            let table = try table(report)
            #expect(table.rows[0].fields[column("arrival", table)] == "2026-11-24T08:12:00-07:00")
        }

        @Test func unassignedRowsLeaveTheRouteEmptyAndSayWhy() throws {
            let table = try table(report)
            let rows = table.rows.suffix(report.unassigned.count)
            for (row, job) in zip(rows, report.unassigned) {
                func value(_ name: String) -> String { row.fields[column(name, table)] }
                #expect(value("job") == job.job)
                for name in ["technician", "technician_name", "sequence", "arrival", "start", "end", "travel_minutes"] {
                    #expect(value(name).isEmpty, "\(name) of \(job.job)")
                }
                #expect(value("reason") == job.reason)
                #expect(value("proposal") == (job.proposal ?? ""))
                #expect(value("promised") == String(job.promised))
            }
        }

        @Test func commasQuotesAndLineBreaksSurviveTheRoundTrip() throws {
            var report = report
            let awkward = "O'Neil, \"Pat\"\nc/o <Tom & \"Jerry\">"
            report.routes[0].visits[0].customer = awkward
            report.routes[0].visits[0].address = "12 Main St, Apt 3"
            report.unassigned[0].reason = "needs \"plumbing\",\nnobody has it"
            let table = try table(report)
            #expect(table.rows.count == 10)
            #expect(table.rows[0].fields[column("customer", table)] == awkward)
            #expect(table.rows[0].fields[column("address", table)] == "12 Main St, Apt 3")
            #expect(table.rows[8].fields[column("reason", table)] == "needs \"plumbing\",\nnobody has it")
        }

        @Test func aBrokenPromiseMissingFromTheUnassignedListStillGetsARow() throws {
            var report = report
            let broken = report.unassigned.removeLast()
            report.brokenPromises = [broken]
            let table = try table(report)
            #expect(table.rows.map { $0.fields[column("job", table)] }.filter { $0 == broken.job }.count == 1)
        }

        @Test func anEmptyPlanIsJustTheHeader() throws {
            let text = PlanCSV.string(ReportFixtures.emptyReport)
            #expect(text == PlanCSV.header.joined(separator: ",") + "\n")
        }
    }
}
