import ArgumentParser
import Foundation
import Punctual
import PunctualCore
import PunctualReports

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Every change made by hand to a job or a technician, or to anything: who, when, what and why.",
        discussion: "Example:\n  punctual history J0042\n  punctual history T03 --format json\n  punctual history            # the whole trail, plans published included")

    @OptionGroup var store: StoreOptions

    @Argument(help: "A job or technician id; none for every change.") var id: String?

    @Option(help: "table or json.") var format: OutputFormat = .table

    func run() throws {
        let store = try store.openStore()
        let calendar = try store.requireProfile().calendar
        let entries: [AuditEntry]
        if let id {
            let isTechnician = try store.technician(id) != nil
            let isJob = try store.job(id) != nil
            guard isTechnician || isJob else { throw CommandFailure("there is no job or technician '\(id)'") }
            entries = isTechnician ? try store.history(technicianID: id) : try store.history(jobID: id)
        } else {
            entries = try store.history()
        }
        switch format {
        case .json:
            print(try ListingJSON.string(entries.map { AuditListing($0, calendar: calendar) }))
        case .table:
            var table = TextTable("WHEN", "WHO", "WHAT", "DETAIL", "WHY")
            for entry in entries {
                let local = calendar.local(entry.at)
                table.append(["\(local.date) \(local.time)", entry.actor, entry.action, entry.detail, entry.reason])
            }
            print(table.rendered)
            print("\(entries.count) change(s)" + (id.map { " to \($0)" } ?? ""))
        }
    }
}
