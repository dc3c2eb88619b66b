import ArgumentParser
import Foundation
import Punctual
import PunctualCore
import PunctualReports

struct MessagesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List outbox messages, with a job's replies when --job is given.",
        discussion: "Example:\n  punctual messages list --job J0001 --format json")

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("Only this job's messages, and its replies as a thread.", valueName: "job-id"))
    var job: String?

    @Option(help: ArgumentHelp("Only messages in this state: \(MessageState.allCases.map(\.rawValue).joined(separator: ", ")).",
                               valueName: "state"))
    var state: MessageState?

    @Option(help: "table or json.")
    var format: OutputFormat = .table

    func run() throws {
        let store = try store.openStore()
        let calendar = try store.requireProfile().calendar
        var rows = try store.messages(jobID: job, state: state).map { MessageListing($0, calendar: calendar) }
        if let job, state == nil {
            rows += try store.inbox(includeHandled: true, jobID: job).map { MessageListing($0, calendar: calendar) }
            rows.sort { $0.at < $1.at }
        }
        switch format {
        case .json:
            print(try ListingJSON.string(rows))
        case .table:
            var table = TextTable("", "ID", "AT", "JOB", "KIND", "CHANNEL", "TO/FROM", "STATE", "TRIES", "TEXT", "NOTE")
            for row in rows {
                table.append([row.direction, "\(row.id)", row.at, row.jobID ?? "-", row.kind, row.channel, row.party,
                              row.state, row.attempts.map(String.init) ?? "", row.body, row.note ?? ""])
            }
            print(table.rendered)
            print("\(rows.count) messages")
        }
    }
}
