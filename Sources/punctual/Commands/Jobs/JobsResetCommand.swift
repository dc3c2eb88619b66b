import ArgumentParser
import Foundation
import Punctual
import PunctualCore

struct JobsResetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset",
        abstract: "Put a job's status back after a wrong report (an early 'arrived', a 'completed' on the wrong job).",
        discussion: "Example:\n  punctual jobs reset W0090 --status scheduled --reason \"arrived sent by mistake two days early\"")

    @OptionGroup var store: StoreOptions
    @OptionGroup var clock: ClockOption

    @Argument(help: "The job.") var job: String
    @Option(help: "The status to put back: requested, booked, scheduled, en_route, arrived or in_progress.") var status: JobStatus
    @Option(help: "Why (required): the history keeps it.") var reason: String

    func run() throws {
        let store = try store.openStore()
        try JobDesk(store: store).reset(job, to: status, actor: CLIActor.name, reason: reason, now: clock.instant)
        print("\(job) is \(status.rawValue) again; `punctual history \(job)` shows the correction")
    }
}

extension JobStatus: ExpressibleByArgument {}
