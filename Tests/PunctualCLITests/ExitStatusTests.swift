import Foundation
import Testing
@testable import PunctualCLI

/// What the `punctual` binary says and returns, run as a user runs it: 0 for success, 1 with a
/// message for a failure the user can act on, 64 (with the usage lines) only for a malformed
/// command line.
@Suite struct ExitStatusTests {
    @Test func failuresSayWhatToDoAndOnlyAMalformedCommandLineIs64() throws {
        let shell = try Shell.withSampleData("exit")
        defer { try? FileManager.default.removeItem(at: shell.folder) }
        for setup in ["punctual init --business data/business.csv", "punctual import all data/ --on tomorrow"] {
            #expect(try shell.run(setup).status == 0, "\(setup)")
        }
        let cases: [(line: String, status: Int32, says: String)] = [
            ("punctual routes --date tomorrow", 1, "no published plan for "),
            ("punctual checklist --date tomorrow --technician T02", 1, "`punctual plan --date "),
            ("punctual board --date tomorrow", 1, "no published plan for "),
            ("punctual publish --date tomorrow --version 3", 1, "there is no plan version 3 for "),
            ("punctual plan --date yesterday", 1, " is over: its last shift ended at "),
            ("punctual routes --date tomorrow --technician T99", 1, "'T99' is not a known technician"),
            ("punctual import all nowhere/", 1, "nowhere/ holds none of"),
            ("punctual routes --date someday", 64, "--date 'someday' is not a day"),
            ("punctual book J0042 --window 'tomorrow 10:00'", 64, "'10:00' is not a time range HH:MM-HH:MM"),
            ("punctual plan", 64, "Missing expected argument '--date <day>'"),
            ("punctual demo --data nowhere", 64, "leave --data out to play the sample built into punctual"),
            ("punctual simulate --noise travel.speed=2", 64, "--noise 'travel.speed=2' must be KEY=VALUE with a key listed in punctual simulate --help"),
            ("punctual simulate --noise start.late_chance=1.5", 64, "--noise start.late_chance 1.5 is a chance and must be between 0 and 1"),
            ("punctual simulate --noise travel.bias=fast", 64, "--noise travel.bias: 'fast' is not a number"),
        ]
        for item in cases {
            let outcome = try shell.run(item.line)
            #expect(outcome.status == item.status, "`\(item.line)` exited \(outcome.status): \(outcome.errors)")
            #expect(outcome.errors.contains(item.says), "`\(item.line)` said: \(outcome.errors)")
            #expect(outcome.errors.contains("Usage:") == (item.status == 64), "`\(item.line)`: usage lines only for a bad command line")
        }
    }

    @Test func generateDefaultsToTomorrowInTheBusinessesTimeZone() throws {
        let folder = try Shell.temporaryFolder("generate")
        defer { try? FileManager.default.removeItem(at: folder) }
        let shell = Shell(folder: folder)
        // 23:30 in Denver on New Year's Eve is already 2027 in UTC: tomorrow is still 2027-01-01.
        for (now, tomorrow) in [("2026-12-31T23:30:00-07:00", "2027-01-01"), ("2027-03-13T19:00:00-07:00", "2027-03-14"),
                                ("2028-02-28T06:00:00Z", "2028-02-28")] {
            let outcome = try shell.run("punctual generate --technicians 2 --jobs 4 --now \(now) --out g")
            #expect(outcome.status == 0, "\(outcome.errors)")
            let jobs = try String(contentsOf: folder.appendingPathComponent("g/jobs.csv"), encoding: .utf8)
            #expect(jobs.split(separator: "\n").dropFirst().allSatisfy { $0.contains(",\(tomorrow),") }, "\(now): \(jobs)")
        }
    }

    @Test func withoutDataTheDemoAndTheSimulatorPlayTheSampleBuiltIn() throws {
        let scratch = try Shell.temporaryFolder("sample")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = try SampleFolder.resolve(nil, scratch: scratch)
        try SampleFolder.check(folder, option: "--data")
        for file in SampleFolder.files {
            let built = try Data(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent(file))
            let shipped = try Data(contentsOf: Shell.repositoryRoot.appendingPathComponent("data").appendingPathComponent(file))
            #expect(built == shipped, "\(file) built into punctual differs from data/\(file)")
        }
        #expect(try SampleFolder.resolve("elsewhere", scratch: scratch) == "elsewhere")
    }
}
