import ArgumentParser
import Foundation
import Punctual
import PunctualCore

struct JobsCancelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel",
        abstract: "Cancel a job: off the plan, the customer told once, their calendar entry withdrawn.",
        discussion: "Example:\n  punctual jobs cancel J0042 --reason \"customer fixed it themselves\"")

    @OptionGroup var store: StoreOptions
    @OptionGroup var clock: ClockOption

    @Argument(help: "The job to cancel.") var job: String
    @Option(help: "Why, for the history.") var reason = ""

    func run() throws {
        let store = try store.openStore()
        _ = try JobDesk(store: store).cancel(job, actor: CLIActor.name, reason: reason, now: clock.instant)
        let told = try store.messages(jobID: job).contains { $0.kind == .cancelled }
        print("cancelled \(job)" + (told ? "; the customer is told" : "; the customer had been told nothing, so nothing is sent"))
    }
}
