import Foundation
import PunctualCore

/// The dispatcher's booking desk: lists the windows that can be promised for a job over the next
/// days, and promises one after checking, in the same transaction, that it can still be kept.
public struct Booker: Sendable {
    public var finder: OfferFinder
    /// Words the confirmation queued with each promise; nil books silently.
    public var notifier: Notifier?

    public init(finder: OfferFinder = OfferFinder(), notifier: Notifier? = Notifier()) {
        self.finder = finder
        self.notifier = notifier
    }

    /// Offers for `jobID` over `days` days from `from` (default: the job's date, or today if later), best first.
    public func offers(jobID: String, from: LocalDate? = nil, days: Int, store: Store, now: Date) throws -> [WindowOffer] {
        guard let job = try store.job(jobID) else { throw BookingError.unknownJob(jobID) }
        try Self.checkBookable(job)
        let calendar = try store.requireProfile().calendar
        let today = calendar.local(now).date
        var date = from ?? max(job.date, today)
        var offers: [WindowOffer] = []
        for _ in 0..<days {
            offers += try finder.offers(for: job, on: store.daySnapshot(on: date), now: now)
            date = date.adding(days: 1)
        }
        return offers.sorted(by: WindowOffer.isBetter)
    }

    /// Promises `window` for `jobID` if it can be kept without breaking another promise; returns
    /// the offer it amounts to (who would likely go, and the on-time probability).
    public func book(jobID: String, window: DateInterval, store: Store, now: Date) throws -> WindowOffer {
        try book(jobID: jobID, window: window, store: store, now: now, actor: "system", force: false, announceMove: false).offer!
    }

    /// What a booking did: the offer it amounts to, or — for a promise forced past the check — why
    /// the check refused it.
    public struct Booking: Sendable {
        public var offer: WindowOffer?
        public var refusal: String?
        /// The job had a promise before, now moved.
        public var moved: Bool
    }

    /// Promises `window` for `jobID`, recording `actor` in the audit trail. A job that had a promise
    /// is moved (the customer hears of the move, and the calendar entry is updated). With `force`,
    /// a window the check refuses is promised all the same (the dispatcher knows something the
    /// check does not): recorded as forced, left out of the ledger and shown as at risk.
    /// - Parameter announceMove: word a moved promise as a move ("your appointment has moved to …");
    ///   false confirms it as a new booking (the customer who picked the time themselves).
    public func book(jobID: String, window: DateInterval, store: Store, now: Date, actor: String, force: Bool,
                     reason: String = "", announceMove: Bool = true) throws -> Booking {
        let calendar = try store.requireProfile().calendar
        let text = "\(calendar.local(window.start).date) \(calendar.localRange(window))"
        guard window.duration > 0 else { throw BookingError.emptyWindow(text) }
        if window.start < now {
            throw BookingError.windowInPast(window: text, now: calendar.iso8601(now))
        }
        var moved = false
        var refusal: String?
        let notices: (NoticeContext) throws -> [OutgoingMessage] = { [notifier] context in
            moved && announceMove ? notifier?.moved(context, now: now) ?? [] : notifier?.confirmation(context, now: now) ?? []
        }
        let audit: (Job) -> AuditEntry = { before in
            let was = before.promisedWindow.map { " (was \(calendar.local($0.start).date) \(calendar.localRange($0)))" } ?? ""
            let forced = refusal.map { " past the check, which said: \($0)" } ?? ""
            return AuditEntry(at: now, actor: actor, action: refusal == nil ? (moved ? "job.move" : "job.book") : "job.book_forced",
                              jobID: jobID, detail: "promised \(text)\(was)\(forced)", reason: reason)
        }
        let offer = try store.promise(jobID: jobID, window: window, notices: notices, now: now, forced: { refusal != nil }, audit: audit) { job, day -> (result: WindowOffer?, commitments: DayCommitments?) in
            try Self.checkBookable(job)
            moved = job.promisedWindow != nil
            let lead = day.settings.number(.bookingLeadMinutes) * 60
            if window.start < now.addingTimeInterval(lead), !force {
                throw BookingError.windowTooSoon(window: text, earliest: calendar.iso8601(now.addingTimeInterval(lead)))
            }
            let trial = try finder.promising(job, window: window, on: day, now: now)
            guard let offer = trial.offer else {
                guard force else { throw BookingError.notFeasible(job: jobID, window: text, reason: trial.reason) }
                refusal = trial.reason
                return (nil, nil)
            }
            return (offer, trial.commitments)
        }
        return Booking(offer: offer, refusal: refusal, moved: moved)
    }

    static func checkBookable(_ job: Job) throws {
        if job.status.isUnderWayOrDone || job.status == .cancelled {
            throw BookingError.jobNotBookable(job: job.id, status: job.status)
        }
    }
}
