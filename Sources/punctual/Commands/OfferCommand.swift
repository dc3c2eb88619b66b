import ArgumentParser
import Foundation
import Punctual
import PunctualCore
import PunctualReports

struct OfferCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "offer",
        abstract: "List windows that can be promised for a job: a few to read out, spread over days and halves of days.",
        discussion: """
            Each window is tried against the promises already made; the on-time probability comes from the \
            slack the job would have against the spread of the travel and work before it.

            Example:
              punctual offer J0042 --days 5 --width 60
              punctual offer J0042 --from friday --days 2
              punctual offer J0042 --prefer "after 15:00"
              punctual book J0042 --window "tomorrow 09:00-10:00"
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var clock: ClockOption

    @Argument(help: "The job to offer windows for.")
    var job: String

    @Option(help: "How many days to look at.")
    var days = 5

    @Option(help: "Window length, minutes (default: the setting booking.window_minutes).")
    var width: Int?

    @Option(help: ArgumentHelp("First day to look at: \(DayPhrase.accepted) (default: the job's date, or today if later).",
                               valueName: "day"))
    var from: String?

    @Option(help: "Show at most this many windows.")
    var limit = 6

    @Option(help: ArgumentHelp("Only windows that suit: \(OfferPreference.accepted).", valueName: "preference"))
    var prefer: String?

    @Flag(help: "Every window that can be promised, best first, instead of a few spread over days and halves of days.")
    var all = false

    @Option(help: "table or json.")
    var format: OutputFormat = .table

    func validate() throws {
        if let width, width <= 0 { throw ValidationError("--width \(width) must be a positive number of minutes") }
        if let width, width > 12 * 60 { throw ValidationError("--width \(width) is more than 12 hours; windows are meant to be narrow") }
        if days < 1 || days > 60 { throw ValidationError("--days \(days) must be between 1 and 60") }
        if limit < 1 { throw ValidationError("--limit \(limit) must be 1 or more") }
        try ClockOption.checkDay(from, option: "--from")
        if let prefer, OfferPreference(parsing: prefer) == nil {
            throw ValidationError("--prefer '\(prefer)' is not one of \(OfferPreference.accepted)")
        }
    }

    func run() throws {
        let store = try store.openStore()
        let finder = OfferFinder(widthMinutes: width, stepMinutes: min(30, width ?? 30))
        let calendar = try store.requireProfile().calendar
        let offers = try Booker(finder: finder).offers(jobID: job, from: from.map { clock.day($0, in: calendar) }, days: days,
                                                       store: store, now: clock.instant)
        let preference = prefer.flatMap(OfferPreference.init(parsing:)) ?? .any
        let shown = all ? Array(offers.filter { preference.accepts(calendar.localRange($0.window)) }.prefix(limit))
            : OfferSpread.pick(offers, limit: limit, calendar: calendar, preference: preference)
        switch format {
        case .json:
            print(try ListingJSON.string(shown.map { OfferListing($0, calendar: calendar) }))
        case .table:
            guard !shown.isEmpty else {
                print("no window can be promised for \(job) in the \(days) days looked at; try --days or a wider --width")
                return
            }
            var table = TextTable("#", "DAY", "DATE", "WINDOW", "TECHNICIAN", "ADDED DRIVING", "ARRIVES", "ON TIME")
            for (n, offer) in shown.enumerated() {
                let listing = OfferListing(offer, calendar: calendar)
                table.append(["\(n + 1)", Notifier.shortDateText(offer.window.start, calendar).split(separator: " ").first.map(String.init) ?? "",
                              listing.date.description, listing.window, "\(offer.technicianID) \(offer.technicianName)",
                              "\(listing.addedTravelMinutes) min", listing.arrival,
                              "\(Int((offer.onTimeProbability * 100).rounded())) %"])
            }
            print(table.rendered)
            print("\(shown.count) of \(offers.count) windows\(all ? "" : ", spread over days and halves of days (--all for every one)"); book one with: punctual book \(job) --window \"\(shown[0].date) \(OfferListing(shown[0], calendar: calendar).window)\"")
        }
    }
}

/// An offer as `offer --format json` prints it.
struct OfferListing: Encodable {
    var job: String
    var date: LocalDate
    var window: String
    var windowStart: String
    var windowEnd: String
    var technician: String
    var technicianName: String
    var addedTravelMinutes: Int
    var arrival: String
    var onTimeProbability: Double

    init(_ offer: WindowOffer, calendar: BusinessCalendar) {
        job = offer.jobID
        date = offer.date
        window = calendar.localRange(offer.window).description
        windowStart = calendar.iso8601(offer.window.start)
        windowEnd = calendar.iso8601(offer.window.end)
        technician = offer.technicianID
        technicianName = offer.technicianName
        addedTravelMinutes = (offer.addedTravelSeconds + 30) / 60
        arrival = calendar.local(offer.plannedArrival).time.description
        onTimeProbability = (offer.onTimeProbability * 1000).rounded() / 1000
    }
}
