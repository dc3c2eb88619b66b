import Foundation
import Testing

/// The README's tour, run line by line as a newcomer pastes it: in a fresh folder holding the
/// repository's data/, on whatever day the suite runs (CI also runs it with the clock moved).
@Suite struct ReadmeTourTests {
    /// The command lines of the tour's first code block, without the build step and the PATH
    /// line (the tests put the `punctual` they were built with first on the PATH).
    static func tourLines() throws -> [String] {
        let readme = try String(contentsOf: Shell.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.range(of: "## A tour of the CLI"), "the README has no tour")
        let rest = readme[section.upperBound...]
        let open = try #require(rest.range(of: "```sh\n"))
        let close = try #require(rest[open.upperBound...].range(of: "```"))
        return rest[open.upperBound..<close.lowerBound].split(separator: "\n").map(String.init).filter { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return !trimmed.isEmpty && !trimmed.hasPrefix("#") && trimmed != "swift build" && !trimmed.hasPrefix("export PATH=")
        }
    }

    /// What a line must print (standard output and error together) for the tour to show what the
    /// README says it shows.
    static let expected: [(prefix: String, shows: [String])] = [
        ("punctual --help", ["SUBCOMMANDS", "plan"]),
        ("punctual init", ["Created punctual.sqlite for Garnet Range Home Services"]),
        ("punctual import all", ["parts: 34 added", "technicians: 12 added", "stock: 106 added", "jobs: 96 added"]),
        ("punctual technicians list", ["T12"]),
        ("punctual jobs list", ["\"id\" : \"J0042\""]),
        ("punctual generate", ["big/jobs.csv (1000 rows)"]),
        ("punctual offer J0042", ["10:00-11:00"]),
        ("punctual book J0042", ["booked J0042"]),
        ("punctual plan", ["broken promises 0", "stored and published as version 1"]),
        ("punctual routes", ["\"broken_promises\" : [\n\n  ]"]),
        ("punctual checklist", ["T02 Lydia Burke", "NEEDED"]),
        ("punctual publish", ["published plan version 1"]),
        ("punctual reassign", ["J0042"]),
        ("punctual jobs add", ["added J0097"]),
        ("punctual offer J0097", ["spread over days and halves of days"]),
        ("punctual jobs edit", ["J0042 changed"]),
        ("punctual technicians absent", ["T03 recorded absent", "published"]),
        ("punctual jobs cancel", ["cancelled J0097"]),
        ("punctual history J0042", ["job.edit", "customer called"]),
        ("punctual settings list", ["travel.speed_kmh"]),
        ("punctual board --date tomorrow --format json", ["\"technician_id\" : \"T01\"", "\"median_arrival\""]),
        ("punctual board --date tomorrow", ["Board for", "T01"]),
        ("punctual settings set web.base_url", ["web.base_url"]),
        ("punctual technicians link T02", ["http://localhost:8080/signin/sl_"]),
        ("punctual token dispatcher --link", ["http://localhost:8080/signin/sl_"]),
    ]

    @Test func everyLineOfTheTourSucceedsAndShowsWhatTheReadmeSays() throws {
        let shell = try Shell.withSampleData("tour")
        defer { try? FileManager.default.removeItem(at: shell.folder) }
        let lines = try Self.tourLines()
        #expect(lines.count >= 15, "the tour lost its commands")
        for line in lines {
            let outcome = try shell.run(line)
            #expect(outcome.status == 0, "`\(line)` exited \(outcome.status): \(outcome.errors)")
            let shown = outcome.output + outcome.errors
            let shows = Self.expected.first { line.hasPrefix($0.prefix) }?.shows ?? []
            for text in shows {
                #expect(shown.contains(text), "`\(line)` did not show \(text.debugDescription):\n\(shown.prefix(2_000))")
            }
            if outcome.status != 0 { break }
        }
        #expect(Self.expected.allSatisfy { item in lines.contains { $0.hasPrefix(item.prefix) } },
                "an expectation names a line the tour no longer has")
    }
}
