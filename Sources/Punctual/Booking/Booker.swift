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
        let calendar = try store.requireProfile().calendar
        let text = "\(calendar.local(window.start).date) \(calendar.localRange(window))"
        guard window.duration > 0 else { throw BookingError.emptyWindow(text) }
        if window.start < now {
            throw BookingError.windowInPast(window: text, now: calendar.iso8601(now))
        }
        let notices: (NoticeContext) throws -> [OutgoingMessage] = { [notifier] context in
            notifier?.confirmation(context, now: now) ?? []
        }
        return try store.promise(jobID: jobID, window: window, notices: notices, now: now) { job, day -> (result: WindowOffer, commitments: DayCommitments?) in
            try Self.checkBookable(job)
            let lead = day.settings.number(.bookingLeadMinutes) * 60
            if window.start < now.addingTimeInterval(lead) {
                throw BookingError.windowTooSoon(window: text, earliest: calendar.iso8601(now.addingTimeInterval(lead)))
            }
            let trial = try finder.promising(job, window: window, on: day, now: now)
            guard let offer = trial.offer else {
                throw BookingError.notFeasible(job: jobID, window: text, reason: trial.reason)
            }
            return (offer, trial.commitments)
        }
    }

    static func checkBookable(_ job: Job) throws {
        if job.status.isUnderWayOrDone || job.status == .cancelled {
            throw BookingError.jobNotBookable(job: job.id, status: job.status)
        }
    }
}
