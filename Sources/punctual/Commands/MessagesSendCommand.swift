import ArgumentParser
import Foundation
import Logging
import Messaging
import Punctual

struct MessagesSendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "send",
        abstract: "Run one pass of the outbox worker: queue due reminders, send what is due, schedule retries.",
        discussion: """
            Messages go to the log unless `messages.transport` is `live`. Example:
              punctual settings set messages.transport live
              punctual messages send
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var clock: ClockOption

    func run() throws {
        let worker = try OutboxWorker.fromSettings(store: store.openStore(), logger: Logger(label: "punctual.outbox"))
        let report = try worker.runPass(now: clock.instant)
        print(report.summary)
    }
}
