import ArgumentParser
import Foundation
import Testing
@testable import PunctualCLI
@testable import Punctual
@testable import PunctualCore
@testable import PunctualSample

/// `punctual demo` end to end on a small business: booked, planned, played through HTTP, measured,
/// and its two pages written.
@Suite struct DemoCommandTests {
    @Test func theDemoPlaysASmallDayThroughTheAPIAndWritesItsPages() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("punctual-demo-test-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try SampleBusinessGenerator(jobs: 12).generate().write(to: folder.appendingPathComponent("data"))
        let pages = folder.appendingPathComponent("out").path
        let parsed = try PunctualCommand.parseAsRoot(["demo", "--data", folder.appendingPathComponent("data").path,
                                                      "--time-limit", "0.5", "--report", pages])
        guard var demo = parsed as? DemoCommand else {
            Issue.record("demo parsed as \(type(of: parsed))")
            return
        }
        try await demo.run()
        let day = try String(contentsOfFile: pages + "/day.html", encoding: .utf8)
        #expect(day.contains("The promise, measured") && day.contains("on_my_way") && day.contains("confirmation"))
        let plan = try String(contentsOfFile: pages + "/plan.html", encoding: .utf8)
        #expect(plan.contains("<svg"))
    }
}
