import ArgumentParser
import Foundation
import Punctual
import PunctualCore
import PunctualReports

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan a day: assign the date's jobs to technicians and order their routes.",
        discussion: """
            Promised windows are hard; jobs already under way stay where they are. The plan is stored as a \
            new version; --publish makes it the one technicians see.

            Example:
              punctual plan --date tomorrow --time-limit 20s --publish
              punctual plan --date 2026-11-24 --format json > plan.json
              punctual routes --date tomorrow --format html --output day.html
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var day: DateOption

    @Option(help: ArgumentHelp("Search time, e.g. 20s, 2m or 15 (seconds); default: the planning.time_limit_seconds setting.",
                               valueName: "duration"))
    var timeLimit: String?

    @Option(help: "Random seed; the same seed and iteration count give the same plan.")
    var seed: UInt64 = 1

    @Flag(help: "Publish the new plan: technicians work from it.")
    var publish = false

    @OptionGroup var printing: PlanOutputOptions

    func validate() throws {
        if let timeLimit, DurationText.seconds(timeLimit) == nil {
            throw ValidationError("--time-limit '\(timeLimit)' is not a duration such as 20s, 2m or 15")
        }
    }

    func run() throws {
        let store = try store.openStore()
        let calendar = try store.requireProfile().calendar
        let date = day.value(in: calendar)
        let snapshot = try store.daySnapshot(on: date)
        let limit = timeLimit.flatMap(DurationText.seconds) ?? snapshot.settings.number(.planningTimeLimitSeconds)
        let bar = ProgressBar(jobCount: Planner.plannableJobs(snapshot).plannable.count)
        var plan = try Planner(options: PlanningOptions(timeLimit: limit, seed: seed), travelTimes: TravelTimeSelection(cache: store))
            .planAndStore(snapshot, in: store, now: day.clock.instant, publish: false) { bar.update($0) }
        bar.finish()
        let publisher = Publisher()
        // Over a published plan (a day under way, or planned again): what changes, and who hears of it.
        let (changes, notices): (PlanChanges, [(jobID: String, kind: MessageKind)])
        if publish, let id = plan.id {
            let report = try publisher.publish(planID: id, store: store, now: day.clock.instant, actor: CLIActor.name)
            plan.state = .published
            (changes, notices) = (report.changes, report.notices)
        } else {
            (changes, notices) = try publisher.preview(plan, over: snapshot.publishedPlan, store: store, now: day.clock.instant)
        }
        let told = Set(notices.map(\.jobID))
        let report = PlanReportBuilder(snapshot: snapshot).report(plan)
        try PlanOutput.print(report, format: printing.format, to: printing.output)
        let note = publish ? "stored and published as version \(plan.version)" : "stored as draft version \(plan.version)"
            + " (publish with `punctual publish --date \(date) --version \(plan.version)`)"
        var lines = ["plan for \(date) \(note)"]
        if let published = snapshot.publishedPlan {
            let changed = PlanChangesText.lines(changes, calendar: calendar, told: told, tense: publish ? "told" : "would be told")
            lines.append(changed.isEmpty ? "no change against published version \(published.version)"
                         : "against published version \(published.version), \(changed.count) change(s); \(told.count) customer(s) "
                            + (publish ? "told:" : "would be told:"))
            lines += changed.map { "  " + $0 }
        }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}
