import Foundation
import Testing
@testable import Punctual

/// The sample business in `data/` is what the demo runs on: it must import cleanly.
@Suite struct SampleDataImportTests {
    @Test func theSampleBusinessImports() throws {
        let data = Fixtures.repositoryRoot.appendingPathComponent("data")
        let settings = try BusinessFile.load(path: data.appendingPathComponent("business.csv").path)
        #expect(settings.timeZoneIdentifier == "America/Denver")
        let store = try Store.inMemory()
        try store.saveSettings(settings)
        let sources = try Importer.sources(inFolder: data.path, requireAll: true)
        let summary = try Importer(store: store).run(sources)
        #expect(summary.counts[.technicians]?.added == 12)
        #expect((summary.counts[.jobs]?.added ?? 0) >= 90)
        let skills = Set(try store.technicians().flatMap(\.skills))
        for job in try store.jobs() {
            #expect(job.skills.allSatisfy(skills.contains), "job \(job.id) needs a skill nobody has")
        }
    }

    @Test func businessSettingsAreValidated() {
        #expect(throws: ImportError.invalid([ImportIssue(file: "b.csv", line: 2, column: "time_zone",
                                                         message: "'Mountain' is not an IANA time zone such as America/Denver")])) {
            try BusinessFile.parse("name,time_zone,depot_lat,depot_lon\nX,Mountain,46.8,-114", file: "b.csv")
        }
    }
}
