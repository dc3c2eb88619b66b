import Foundation
import PunctualTestSupport
import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualImport

/// The sample business in `data/` is what the demo runs on: it must import cleanly.
@Suite struct SampleDataImportTests {
    @Test func theSampleBusinessImports() throws {
        let data = Fixtures.repositoryRoot.appendingPathComponent("data")
        let settings = try BusinessFile.load(path: data.appendingPathComponent("business.csv").path)
        #expect(settings.timeZoneIdentifier == "America/Denver")
        let store = try Store.inMemory()
        try store.saveProfile(settings)
        let sources = try Importer.sources(inFolder: data.path, requireAll: true)
        let summary = try Importer(store: store).run(sources)
        #expect(summary.counts[.technicians]?.added == 12)
        #expect((summary.counts[.jobs]?.added ?? 0) >= 90)
        let skills = Set(try store.technicians().flatMap(\.skills))
        for job in try store.jobs() {
            #expect(job.skills.allSatisfy(skills.contains), "job \(job.id) needs a skill nobody has")
        }
    }

    /// `import all data/ --on DAY`: the sample played on any day. Days across leap years, year ends
    /// and both US daylight-saving changes; every job keeps its distance from the file's first day,
    /// and its promised window and the customer's availability keep their local times.
    @Test(arguments: ["2026-12-02", "2027-03-14", "2027-11-07", "2028-02-29", "2030-12-31", "2026-11-24"])
    func theSampleMovesToAnyDayWithItsWindowsAndAvailability(day: String) throws {
        let data = Fixtures.repositoryRoot.appendingPathComponent("data")
        let settings = try BusinessFile.load(path: data.appendingPathComponent("business.csv").path)
        func imported(on day: LocalDate?) throws -> [String: Job] {
            let store = try Store.inMemory()
            try store.saveProfile(settings)
            try Importer(store: store).run(try Importer.sources(inFolder: data.path, requireAll: true), jobsOn: day)
            return Dictionary(uniqueKeysWithValues: try store.jobs().map { ($0.id, $0) })
        }
        let target = try #require(LocalDate(parsing: day))
        let original = try imported(on: nil)
        let moved = try imported(on: target)
        let first = try #require(original.values.map(\.date).min())
        let calendar = settings.calendar
        #expect(moved.count == original.count)
        for (id, job) in original {
            let copy = try #require(moved[id])
            #expect(first.days(to: job.date) == target.days(to: copy.date), "\(id)")
            #expect(copy.promisedWindow.map(calendar.localRange) == job.promisedWindow.map(calendar.localRange), "\(id)")
            #expect(copy.promisedWindow.map { calendar.local($0.start).date } == job.promisedWindow.map { _ in copy.date })
            #expect(copy.availability.map(calendar.localRange) == job.availability.map(calendar.localRange), "\(id)")
            #expect(copy.status == job.status && copy.durationMinutes == job.durationMinutes)
        }
    }

    @Test func businessSettingsAreValidated() {
        #expect(throws: ImportError.invalid([ImportIssue(file: "b.csv", line: 2, column: "time_zone",
                                                         message: "'Mountain' is not an IANA time zone such as America/Denver")])) {
            try BusinessFile.parse("name,time_zone,depot_lat,depot_lon\nX,Mountain,46.8,-114", file: "b.csv")
        }
    }
}
