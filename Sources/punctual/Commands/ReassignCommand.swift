import ArgumentParser
import Foundation
import Punctual
import PunctualCore

struct ReassignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reassign",
        abstract: "Hand a visit of the published plan to another technician, keeping every promise.",
        discussion: """
            Without --to, lists who could take the visit and how likely each is to keep its window.
            With --to, moves it and publishes the result as a new plan version, or says why not.

            Example:
              punctual reassign J0042
              punctual reassign J0042 --to T07
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var clock: ClockOption

    @Argument(help: "The job to move.")
    var job: String

    @Option(help: "The technician to give it to.")
    var to: String?

    func run() throws {
        let store = try store.openStore()
        let calendar = try store.requireProfile().calendar
        if let to {
            let (plan, offer) = try Reassigner().reassign(job, to: to, store: store, now: clock.instant)
            print("\(job) is now \(offer.technicianID) \(offer.technicianName)'s, arriving about "
                + "\(calendar.local(offer.plannedArrival).time), \(Int((offer.onTimeProbability * 100).rounded())) % on time; "
                + "plan version \(plan.version) published")
            return
        }
        let options = try Reassigner().alternatives(for: job, store: store, now: clock.instant)
        guard !options.isEmpty else {
            print("no other technician can take \(job) and keep its window")
            return
        }
        var table = TextTable("TECHNICIAN", "ARRIVES", "ADDED DRIVING", "ON TIME")
        for option in options {
            table.append(["\(option.technicianID) \(option.technicianName)", calendar.local(option.plannedArrival).time.description,
                          "\((option.addedTravelSeconds + 30) / 60) min", "\(Int((option.onTimeProbability * 100).rounded())) %"])
        }
        print(table.rendered)
        print("\(options.count) technician(s) could take \(job) and keep its window; move it with: punctual reassign \(job) --to \(options[0].technicianID)")
    }
}
