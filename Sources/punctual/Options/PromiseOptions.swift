import ArgumentParser
import Foundation
import Punctual
import PunctualCore

/// `--window`, `--force` and `--reason`: what `book` and `jobs move` promise, and how.
struct PromiseOptions: ParsableArguments {
    @Option(help: ArgumentHelp(WindowText.help, valueName: WindowText.valueName))
    var window: String

    @Flag(help: "Promise the window even if the check refuses it: recorded as forced, shown as at risk.")
    var force = false

    @Option(help: "Why, for the history (with --force especially).")
    var reason = ""

    func validate() throws {
        _ = try WindowText.parse(window)
    }

    /// What a booking did, in one line: who likely goes and how surely, or that it was forced.
    static func describe(_ booking: Booker.Booking, job: String, date: LocalDate, range: TimeOfDayRange, calendar: BusinessCalendar) -> String {
        let verb = booking.moved ? "moved" : "booked"
        guard let offer = booking.offer else {
            return "\(verb) \(job) for \(date) \(range) by force, AT RISK: the check said \(booking.refusal ?? "no"); "
                + "no plan is proved to keep it, so plan the day and watch it"
        }
        return "\(verb) \(job) for \(date) \(range): likely \(offer.technicianID) \(offer.technicianName), "
            + "arriving about \(calendar.local(offer.plannedArrival).time), "
            + "\(Int((offer.onTimeProbability * 100).rounded())) % on time" + (booking.moved ? "; the customer is told of the move" : "")
    }
}
