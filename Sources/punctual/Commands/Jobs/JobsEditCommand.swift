import ArgumentParser
import Foundation
import Punctual
import PunctualCore

struct JobsEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Change a job's details; a change the plan must hear of re-checks its promise.",
        discussion: """
            Example:
              punctual jobs edit J0042 --duration 90 --reason "second unit to look at"
              punctual jobs edit J0042 --parts "capacitor:1;contactor:1" --notes "dog in the yard"
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var clock: ClockOption

    @Argument(help: "The job to change.") var job: String
    @Option(help: "Expected minutes on site.") var duration: Int?
    @Option(help: "Parts needed, part:quantity;… (empty for none).") var parts: String?
    @Option(help: "Skills needed, ;-separated.") var skills: String?
    @Option(help: "low, normal, high or emergency.") var priority: Priority?
    @Option(help: "Notes for the technician.") var notes: String?
    @Flag(help: "Keep the promise even if the change makes it unsafe: recorded as forced, shown as at risk.") var force = false
    @Option(help: "Why, for the history.") var reason = ""

    func validate() throws {
        if duration == nil, parts == nil, skills == nil, priority == nil, notes == nil {
            throw ValidationError("give at least one of --duration, --parts, --skills, --priority or --notes")
        }
        _ = try parsedParts()
    }

    func parsedParts() throws -> [PartQuantity]? {
        guard let parts else { return nil }
        return try parts.split(separator: ";").map { item in
            let pair = item.split(separator: ":")
            guard pair.count == 2, let quantity = Int(pair[1]), quantity > 0 else {
                throw ValidationError("--parts '\(item)' is not part:quantity with a quantity of 1 or more")
            }
            return PartQuantity(part: pair[0].trimmingCharacters(in: .whitespaces), quantity: quantity)
        }
    }

    func run() throws {
        let store = try store.openStore()
        let edits = JobDesk.Edits(durationMinutes: duration, parts: try parsedParts(),
                                  skills: skills.map { $0.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) } },
                                  priority: priority, notes: notes)
        let edited = try JobDesk(store: store).edit(job, edits, force: force, actor: CLIActor.name, reason: reason, now: clock.instant)
        let risk = edited.forcedPromise ? " (its promise is now AT RISK: forced)" : ""
        print("\(job) changed\(risk); `punctual history \(job)` shows what and by whom")
    }
}

extension Priority: ExpressibleByArgument {}
