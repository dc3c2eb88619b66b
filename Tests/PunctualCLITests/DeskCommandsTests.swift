import Foundation
import Testing

/// The dispatcher's day at the keyboard, on the sample business imported onto a fixed date and
/// every command acting as of a fixed `--now`: add, edit, move, cancel, force, absence, the
/// mid-day plan's diff and the history, with bad input refused, exit status 1, and its reason.
@Suite(.serialized) struct DeskCommandsTests {
    static let day = "2026-11-24"
    static func now(_ time: String) -> String { "--now \(day)T\(time):00-07:00" }

    @Test func aDispatchersMorningRunsEndToEnd() throws {
        let shell = try Shell.withSampleData("desk")
        defer { try? FileManager.default.removeItem(at: shell.folder) }
        func run(_ line: String, status: Int32 = 0) throws -> Shell.Outcome {
            let outcome = try shell.run(line)
            #expect(outcome.status == status, "\(line)\n\(outcome.output)\n\(outcome.errors)")
            return outcome
        }
        _ = try run("punctual init --business data/business.csv")
        _ = try run("punctual import all data/ --on \(Self.day)")
        _ = try run("punctual plan --date \(Self.day) --time-limit 2s --publish \(Self.now("06:30"))")

        // A customer calls: a new job, a phone written the US way.
        let added = try run(#"punctual jobs add --customer "Ana Ruiz" --phone "(406) 555-0142" --lat 46.87 --lon -113.99 "#
            + #"--type ac-repair --duration 60 --date \#(Self.day) --skills hvac "# + Self.now("06:40"))
        #expect(added.output.contains("added J0097 for \(Self.day)"))
        let bad = try run(#"punctual jobs add --customer "Bo" --phone "555-01" --lat 95 --lon -113.99 --type ac-repair --duration x "#
            + "--date \(Self.day) " + Self.now("06:40"), status: 1)
        #expect(bad.errors.contains("--phone: '555-01' is not a phone number"))
        #expect(bad.errors.contains("--lat: '95'") && bad.errors.contains("--duration: 'x'") && bad.errors.contains("nothing was added"))

        // Offers to read out, afternoons only, then a forced promise the check refuses.
        let offers = try run(#"punctual offer J0097 --prefer "after 15:00" --days 2 "# + Self.now("06:41"))
        #expect(offers.output.contains("spread over days and halves of days"))
        let hours = offers.output.split(separator: "\n").compactMap { line -> Int? in
            line.split(separator: " ", omittingEmptySubsequences: true).first { $0.count == 11 && $0.contains("-") && $0.contains(":") }
                .flatMap { Int($0.prefix(2)) }
        }
        #expect(!hours.isEmpty && hours.allSatisfy { $0 >= 15 }, "\(offers.output)")
        let forced = try run(#"punctual book J0097 --window "\#(Self.day) 20:00-21:00" --force --reason "only time she has" "# + Self.now("06:42"))
        #expect(forced.output.contains("by force, AT RISK"), "\(forced.output)")
        let listed = try run("punctual jobs list --date \(Self.day) | grep J0097")
        #expect(listed.output.contains("(forced: at risk)"))

        // A technician calls in sick at 07:10: the day is adjusted and the customers told.
        let sick = try run(#"punctual technicians absent T03 --date \#(Self.day) --from 07:10 --reason "called in sick" "# + Self.now("07:10"))
        #expect(sick.output.contains("T03 recorded absent on \(Self.day)"))
        #expect(sick.output.contains("plan version 2 published"), "\(sick.output)")
        let outside = try run("punctual technicians absent T04 --date \(Self.day) --from 18:00 " + Self.now("07:11"), status: 1)
        #expect(outside.errors.contains("is outside T04's shift"))

        // Cancel, move, a wrong status put back.
        _ = try run(#"punctual jobs cancel J0097 --reason "fixed it herself" "# + Self.now("07:20"))
        let again = try run("punctual jobs cancel J0097 " + Self.now("07:21"), status: 1)
        #expect(again.errors.contains("job J0097 is cancelled: it cannot be cancelled"))
        let unknown = try run("punctual jobs cancel J9999 " + Self.now("07:21"), status: 1)
        #expect(unknown.errors.contains("there is no job 'J9999'"))
        _ = try run(#"punctual jobs reset J0097 --status booked --reason "cancelled the wrong job" "# + Self.now("07:22"))
        let history = try run("punctual history J0097 --format json")
        for action in ["job.add", "job.book_forced", "job.cancel", "job.reset"] { #expect(history.output.contains(#""\#(action)""#), "\(action)") }

        // Planning again mid-day shows what would change before anything is published.
        let draft = try run("punctual plan --date \(Self.day) --time-limit 1s " + Self.now("07:30") + " > /dev/null")
        #expect(draft.errors.contains("against published version"), "\(draft.errors)")
        #expect(draft.errors.contains("would be told"))
        // Published by hand: in the trail too, with who did it.
        _ = try run("punctual publish --date \(Self.day) " + Self.now("07:31"))
        let trail = try run("punctual history --format json")
        #expect(trail.output.components(separatedBy: #""plan.publish""#).count - 1 == 3, "\(trail.output)")  // morning, sick day, by hand
    }
}
