import ArgumentParser
import Foundation
import Logging
import Messaging
import Punctual
import PunctualCore

struct MessagesSendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "send",
        abstract: "Run one pass of the outbox worker: act on pending field events, queue due reminders, send what is due, schedule retries.",
        discussion: """
            Messages go to the log unless `messages.transport` is `live`. Example:
              punctual settings set messages.transport live
              punctual messages send
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var clock: ClockOption

    func run() throws {
        let database = try store.openStore()
        var worker = try OutboxWorker.fromSettings(store: database, logger: Logger(label: "punctual.outbox"))
        worker.responder = EventResponder(store: database, tracker: try Tracker.fromSettings(store: database))
        let report = try worker.runPass(now: clock.instant)
        print(report.summary)
    }
}
