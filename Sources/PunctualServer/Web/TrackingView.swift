import Foundation
import Messaging
import Punctual
import PunctualCore

/// What a customer's tracking page shows, read for one job only: the promise, who is coming and,
/// while they drive to this customer, the arrival they were told and where they are (rounded to
/// about a block). Nothing about other customers or other visits. Also the JSON of
/// `GET /track/{token}/status` and of each live update.
struct TrackingView: Codable, Equatable {
    struct Choice: Codable, Equatable {
        var number: Int
        var date: String
        var window: String
        var start: String
    }

    struct Position: Codable, Equatable {
        var lat: Double
        var lon: Double
    }

    var business: String
    var contact: String
    var customer: String
    /// booked, scheduled, en_route, arrived, in_progress, completed, failed or cancelled.
    var status: String
    /// One sentence for the customer: where the visit stands.
    var headline: String
    var date: String
    /// The promised window, "09:00 – 10:00", local.
    var window: String?
    var technician: String?
    /// The arrival range last told (on my way, running late), while the technician is on the way.
    var arrival: String?
    var position: Position?
    /// The customer's own place, where the page's little map is centred.
    var home: Position
    /// "about 2.3 km away", from that rounded position.
    var distance: String?
    var address: String
    var choices: [Choice]
    /// Whether keep, reschedule and cancel are still open (not once the technician is on the way).
    var canChange: Bool
    var canNote: Bool
    /// The new time a running-late notice about this promise offered, while it can still be
    /// accepted ("Wait for the new time").
    var lateArrival: String?

    /// Positions older than this are not shown: a stale dot misleads more than none.
    static let freshPosition: TimeInterval = 10 * 60

    /// A position rounded to 3 decimals of a degree: about 110 m north–south, a block.
    static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

    /// The page of `jobID` as it stands at `now`; nil once the link has expired (the end of the
    /// day after the visit's date, so a customer can still read "done" the next morning).
    static func read(jobID: String, store: Store, now: Date) throws -> TrackingView? {
        guard let job = try store.job(jobID), let customer = try store.customer(id: job.customerID) else { return nil }
        let business = try store.requireProfile()
        let settings = try store.settings()
        let calendar = business.calendar
        let expiry = calendar.instant(job.date.adding(days: 2), TimeOfDay(hour: 0))
        guard now < expiry else { return nil }

        let plan = try store.publishedPlan(on: job.date)
        let technicianID = plan?.visits.first { $0.jobID == jobID }?.technicianID
        let technician = try technicianID.flatMap { try store.technician($0) }
        let firstName = technician.map { PersonName.first($0.name) }

        let messages = try store.messages(jobID: jobID)
        let told = messages.last { [.onMyWay, .runningLate].contains($0.kind) && $0.facts.promisedWindow == job.promisedWindow }
        var arrival: String?
        var position: Position?
        var distance: String?
        if job.status == .enRoute {
            arrival = told?.facts.arrival.map { "between \(calendar.localRange($0).start) and \(calendar.localRange($0).end)" }
            if let technicianID, let fix = try store.fixes(technician: technicianID, in: DateInterval(start: now - freshPosition, end: now)).last {
                position = Position(lat: rounded(fix.location.latitude), lon: rounded(fix.location.longitude))
                let metres = GreatCircleTravelTimes.greatCircleMetres(GeoPoint(latitude: position!.lat, longitude: position!.lon), job.location)
                distance = metres < 300 ? "nearly there" : "about \(String(format: "%.1f", metres / 1000)) km away"
            }
        }
        let doneAt = try store.visitEvents(job: jobID).last { $0.kind == .completed }.map { calendar.local($0.at).time.description }
        let range = job.promisedWindow.map { calendar.localRange($0) }
        let window = range.map { "\($0.start) – \($0.end)" }
        let choices = try store.rebookChoices(customerID: customer.id!, offeredAfter: now - RebookChoice.lifetime)
            .filter { $0.jobID == jobID && $0.window.start > now }
            .map { Choice(number: $0.number, date: Notifier.shortDateText($0.window.start, calendar),
                          window: "\(calendar.localRange($0.window).start) – \(calendar.localRange($0.window).end)", start: calendar.iso8601($0.window.start)) }
        let late = try ReplyHandler.currentLateNotice(job, store: store, now: now)?.window
            .map { "\(calendar.localRange($0).start) – \(calendar.localRange($0).end)" }
        let name = PersonName.first(customer.name)
        let who = firstName ?? "Your technician"
        let headline: String = switch job.status {
        case .requested: "We are finding a time for your visit."
        case .booked, .scheduled:
            range.map { "Your visit is booked for \(Notifier.shortDateText(job.promisedWindow!.start, calendar)), arrival between \($0.start) and \($0.end)." }
                ?? "Your visit is booked."
        case .enRoute: "\(who) is on the way" + (arrival.map { " and should arrive \($0)." } ?? ".")
        case .arrived, .inProgress: "\(who) is with you."
        case .completed: "Your visit is done" + (doneAt.map { " (finished at \($0))." } ?? ".")
        case .failed: "\(who) could not finish the work at this visit; we will contact you about a return visit."
        case .cancelled: "Your visit is cancelled."
        }
        return TrackingView(
            business: business.name, contact: settings.text(.contact), customer: name, status: job.status.rawValue, headline: headline,
            date: Notifier.shortDateText(calendar.instant(job.date, TimeOfDay(hour: 12)), calendar), window: window,
            technician: firstName, arrival: arrival, position: position,
            home: Position(lat: job.location.latitude, lon: job.location.longitude), distance: distance, address: job.address, choices: choices,
            canChange: [.booked, .scheduled].contains(job.status), canNote: !job.status.isClosed,
            lateArrival: [.booked, .scheduled].contains(job.status) ? late : nil)
    }
}
