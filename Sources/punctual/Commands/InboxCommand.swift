import ArgumentParser
import Foundation
import Punctual
import PunctualCore
import PunctualReports

struct InboxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inbox",
        abstract: "Show the dispatcher's inbox: customers' texts that need a person, and messages that could not be delivered.",
        discussion: """
            Each item carries the customer's job, so nobody asks the customer to repeat themselves. Example:
              punctual inbox
              punctual inbox --all --format json
            """)

    @OptionGroup var store: StoreOptions

    @Flag(help: "Include the items Punctual answered itself (opt-outs, waits, rebookings).")
    var all = false

    @Option(help: "table or json.")
    var format: OutputFormat = .table

    func run() throws {
        let store = try store.openStore()
        let calendar = try store.requireProfile().calendar
        let rows = try store.inbox(includeHandled: all).map { MessageListing($0, calendar: calendar) }
        switch format {
        case .json:
            print(try ListingJSON.string(rows))
        case .table:
            var table = TextTable("ID", "AT", "FROM", "JOB", "TEXT", "STATE", "WHAT WAS DONE")
            for row in rows {
                table.append(["\(row.id)", row.at, row.party, row.jobID ?? "-", row.body, row.state, row.note ?? ""])
            }
            print(table.rendered)
            print("\(rows.count) items\(all ? "" : " needing a person")")
        }
    }
}
