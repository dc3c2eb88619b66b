import Foundation
import PunctualCore

/// The policy that words customer notices and decides when they may go: which channels (the
/// customer's choice), which idempotency key (`job:kind:version:channel`), and how long they wait
/// (quiet hours for non-urgent kinds, the follow-up's delay).
///
/// Pure: it reads a `NoticeContext` and returns drafts; `Store.notify` queues them in the
/// transaction that read the context. Returning no draft is how it says "not now" or "not again".
public struct Notifier: Sendable {
    public init() {}

    /// The confirmation of the job's current promise, with a calendar entry whose SEQUENCE is the
    /// promise version less one, so a moved window updates the customer's entry.
    public func confirmation(_ context: NoticeContext, now: Date) -> [OutgoingMessage] {
        guard let window = context.job.promisedWindow else { return [] }
        return drafts(.confirmation, context, version: "\(context.promiseVersion)", window: window,
                      calendarSequence: max(0, context.promiseVersion - 1), at: now)
    }

    /// The promise moved to a new window: the new one, with the calendar entry updated in place
    /// (same UID, SEQUENCE the promise version less one).
    public func moved(_ context: NoticeContext, now: Date) -> [OutgoingMessage] {
        guard let window = context.job.promisedWindow else { return [] }
        return drafts(.moved, context, version: "\(context.promiseVersion)", window: window,
                      calendarSequence: max(0, context.promiseVersion - 1), at: now)
    }

    /// The visit is off: the window it cancels, and a calendar entry that withdraws the customer's
    /// (METHOD:CANCEL, same UID, SEQUENCE one past the last confirmation). Said once, and only to a
    /// customer who was promised a window or told something before.
    public func cancelled(_ context: NoticeContext, now: Date) -> [OutgoingMessage] {
        guard context.job.status == .cancelled, let window = context.job.promisedWindow,
              !context.previous.contains(where: { $0.kind == .cancelled }) else { return [] }
        return drafts(.cancelled, context, version: "\(context.promiseVersion)", window: window,
                      calendarSequence: context.promiseVersion, at: now)
    }

    /// The evening-before reminder: only for a booked job on tomorrow's local date, only from the
    /// reminder hour on, and not when this promise was confirmed less than `reminderAfterConfirmation`
    /// before the reminder hour, or after it (a booking made that evening: its confirmation says it all).
    public func reminder(_ context: NoticeContext, now: Date) -> [OutgoingMessage] {
        let calendar = context.business.calendar
        let local = calendar.local(now)
        let confirmation = "\(context.job.id):\(MessageKind.confirmation.rawValue):\(context.promiseVersion)"
        let reminderTime = calendar.instant(context.job.date.adding(days: -1), TimeOfDay(hour: Int(context.settings.number(.reminderHour))))
        let justConfirmed = context.previous.contains {
            Self.baseKey($0.idempotencyKey) == confirmation && reminderTime.timeIntervalSince($0.createdAt) < Self.reminderAfterConfirmation
        }
        guard !justConfirmed, let window = context.job.promisedWindow,
              [.booked, .scheduled].contains(context.job.status),
              context.job.date == local.date.adding(days: 1),
              local.time.minutes >= Int(context.settings.number(.reminderHour)) * 60 else { return [] }
        return drafts(.reminder, context, version: "\(context.promiseVersion)", window: window, at: now)
    }

    /// "On my way", when the technician sets off, with the predicted arrival. For a visit likely on
    /// time (`withinPromise`), an arrival that starts inside the promise is announced within it: the
    /// promise stands, and the tail of the spread past it is not news. A visit likely late, or one
    /// that starts after the promise, is announced as it is.
    public func onMyWay(_ context: NoticeContext, technician: String, arrival: DateInterval, withinPromise: Bool = true,
                        now: Date) -> [OutgoingMessage] {
        guard !context.job.status.isClosed else { return [] }
        var arrival = arrival
        // A customer already told of a late arrival for this promise hears the estimate as it is.
        let toldLate = context.previous.contains { $0.kind == .runningLate && $0.facts.promisedWindow == context.job.promisedWindow }
        if withinPromise, !toldLate, let promise = context.job.promisedWindow, arrival.start < promise.end {
            // Early is announced from the opening (work waits for the window), as long as the estimate.
            let start = max(arrival.start, promise.start)
            let end = arrival.end > promise.start ? min(arrival.end, promise.end) : min(promise.end, promise.start + arrival.duration)
            arrival = DateInterval(start: start, end: max(start, end))
        }
        return drafts(.onMyWay, context, version: "\(context.promiseVersion)", window: arrival, at: now,
                      extra: ["technician": technician, "arrival": arrivalText(arrival, context)], arrival: arrival)
    }

    /// "Running late", with the new arrival and the choice to wait or rebook: one notice per visit,
    /// and another only when the predicted arrival moves by more than the setting's minutes.
    public func runningLate(_ context: NoticeContext, technician: String, arrival: DateInterval, now: Date) -> [OutgoingMessage] {
        guard !context.job.status.isClosed else { return [] }
        let earlier = context.previous.filter { $0.kind == .runningLate }
        if let last = earlier.last?.window {
            let moved = abs(arrival.start.timeIntervalSince(last.start))
            if moved <= context.settings.number(.lateNoticeMoveMinutes) * 60 { return [] }
        }
        let version = Set(earlier.map { Self.baseKey($0.idempotencyKey) }).count + 1
        // Once the technician is on the way, rebooking is no longer on offer.
        let template = context.job.status == .enRoute ? MessageTemplates.runningLateOnTheWay : nil
        return drafts(.runningLate, context, version: "\(context.promiseVersion).\(version)", window: arrival, at: now,
                      extra: ["technician": technician, "arrival": arrivalText(arrival, context)], arrival: arrival, template: template)
    }

    /// The published plan cannot keep the job's promise: sorry, and the numbered new times `choices`
    /// (already held for the customer), or a person's call when there are none. Once per promise.
    public func promiseBroken(_ context: NoticeContext, choices: String, windows: [DateInterval] = [], now: Date) -> [OutgoingMessage] {
        guard let window = context.job.promisedWindow, !context.job.status.isUnderWayOrDone else { return [] }
        let key = "\(context.job.id):\(MessageKind.promiseBroken.rawValue):\(context.promiseVersion)"
        guard !context.previous.contains(where: { Self.baseKey($0.idempotencyKey) == key }) else { return [] }
        let choices = choices.isEmpty ? "A person will call you to find a new time." : "Reply with the number of a new time: \(choices)"
        return drafts(.promiseBroken, context, version: "\(context.promiseVersion)", window: window, at: now, extra: ["choices": choices],
                      choices: windows)
    }

    /// Someone else can still make the window and has been sent: who is coming instead.
    public func reassigned(_ context: NoticeContext, technician: String, now: Date) -> [OutgoingMessage] {
        guard let window = context.job.promisedWindow, !context.job.status.isClosed else { return [] }
        return drafts(.reassigned, context, version: "\(context.promiseVersion).\(technician)", window: window, at: now,
                      extra: ["technician": technician])
    }

    /// The visit could not be completed: what happens next. Once per promise.
    public func notCompleted(_ context: NoticeContext, technician: String, now: Date) -> [OutgoingMessage] {
        guard context.job.status == .failed else { return [] }
        return drafts(.notCompleted, context, version: "\(context.promiseVersion)", at: now, extra: ["technician": technician])
    }

    /// "Done": what was done and the parts used; only for a completed job.
    public func done(_ context: NoticeContext, technician: String, work: String, partsUsed: [PartQuantity],
                     now: Date) -> [OutgoingMessage] {
        guard context.job.status == .completed else { return [] }
        let parts = partsUsed.isEmpty ? "none"
            : partsUsed.map { "\(context.partNames[$0.part] ?? $0.part) ×\($0.quantity)" }.joined(separator: ", ")
        return drafts(.done, context, version: "1", at: now,
                      extra: ["technician": technician, "work": work, "parts": parts])
    }

    /// "How did we do?", the setting's delay after completion: never for a job that is not
    /// completed (a cancelled or failed job gets none).
    public func followUp(_ context: NoticeContext, completedAt: Date, now: Date) -> [OutgoingMessage] {
        guard context.job.status == .completed else { return [] }
        let due = completedAt.addingTimeInterval(context.settings.number(.followUpDelayMinutes) * 60)
        return drafts(.followUp, context, version: "1", at: max(due, now))
    }

    /// An answer by SMS to a customer's text: `help`, `optOut`, `rebookOptions` (with `choices`) or a
    /// `reply` whose words are `text`. Keyed by the inbound item it answers, so it goes once.
    public func answer(_ kind: MessageKind, to customer: Customer, job: Job?, inboundID: Int64, text: String? = nil,
                       choices: String? = nil, windows: [DateInterval] = [], business: BusinessProfile, settings: Settings,
                       now: Date) -> OutgoingMessage {
        var values = baseValues(customer: customer, business: business, settings: settings)
        values["choices"] = choices ?? ""
        let body = text ?? MessageTemplates.render(settings.template(kind) ?? "", values)
        return OutgoingMessage(kind: kind, jobID: job?.id, customerID: customer.id!, channel: .sms, recipient: customer.phone,
                               subject: nil, body: body, idempotencyKey: "inbound-\(inboundID):\(kind.rawValue):sms",
                               notBefore: now, facts: MessageFacts(promisedWindow: job?.promisedWindow, choices: windows))
    }

    /// How long after a confirmation a reminder of the same promise would only repeat it.
    public static let reminderAfterConfirmation: TimeInterval = 4 * 3600

    /// The kinds a tracking link is added to: the promise and its changes, and the technician's
    /// setting off (the page then shows them coming).
    static let carriesTrackingLink: Set<MessageKind> = [.confirmation, .moved, .reminder, .onMyWay, .runningLate, .reassigned]

    /// `job:kind:version`, the idempotency key without its channel.
    public static func baseKey(_ key: String) -> String {
        guard let colon = key.lastIndex(of: ":") else { return key }
        return String(key[..<colon])
    }

    // MARK: Wording

    private func drafts(_ kind: MessageKind, _ context: NoticeContext, version: String, window: DateInterval? = nil,
                        calendarSequence: Int? = nil, at now: Date, extra: [String: String] = [:], arrival: DateInterval? = nil,
                        choices: [DateInterval] = [], template: String? = nil) -> [OutgoingMessage] {
        let calendar = context.business.calendar
        var values = baseValues(customer: context.customer, business: context.business, settings: context.settings)
        if let shown = context.job.promisedWindow ?? window {
            values["date"] = Self.dateText(shown.start, calendar)
            let range = calendar.localRange(shown)
            values["window"] = range.description
            values["window_start"] = range.start.description
            values["window_end"] = range.end.description
        }
        values.merge(extra) { _, new in new }
        values["tracking_link"] = context.trackingLink ?? ""
        let text = template ?? context.settings.template(kind) ?? ""
        var body = MessageTemplates.render(text, values)
        // The page goes with every message that sets or moves the expectation, unless the
        // business's own wording already places it.
        if let link = context.trackingLink, Self.carriesTrackingLink.contains(kind), !text.contains("{tracking_link}") {
            body += " Track your visit: \(link)"
        }
        let notBefore = kind.isUrgent ? now : context.settings.quietHours?.release(after: now, calendar: calendar) ?? now
        let base = "\(context.job.id):\(kind.rawValue):\(version)"
        let replaces = context.previous.last { $0.kind == kind && Self.baseKey($0.idempotencyKey) != base }.map { Self.baseKey($0.idempotencyKey) }
        let facts = MessageFacts(promisedWindow: context.job.promisedWindow, arrival: arrival, technician: extra["technician"],
                                 choices: choices, replaces: replaces)
        return Self.channels(for: context.customer).map { channel, recipient in
            OutgoingMessage(kind: kind, jobID: context.job.id, customerID: context.customer.id!, channel: channel,
                            recipient: recipient, subject: channel == .email ? "\(context.business.name): \(kind.title)" : nil,
                            body: body, window: window, calendarSequence: calendarSequence,
                            idempotencyKey: "\(base):\(channel.rawValue)",
                            notBefore: notBefore, facts: facts)
        }
    }

    private func baseValues(customer: Customer, business: BusinessProfile, settings: Settings) -> [String: String] {
        ["business": business.name, "customer": PersonName.first(customer.name),
         "contact": settings.text(.contact)]
    }

    private func arrivalText(_ arrival: DateInterval, _ context: NoticeContext) -> String {
        let range = context.business.calendar.localRange(arrival)
        return "between \(range.start) and \(range.end)"
    }

    /// The customer's chosen channels with their addresses; SMS when email was chosen but none is known.
    static func channels(for customer: Customer) -> [(MessageChannel, String)] {
        var result: [(MessageChannel, String)] = []
        if customer.notify.usesSMS { result.append((.sms, customer.phone)) }
        if customer.notify.usesEmail, let email = customer.email, !email.isEmpty { result.append((.email, email)) }
        return result.isEmpty ? [(.sms, customer.phone)] : result
    }

    /// "Wed 25 Nov": short enough for a list of choices in one text.
    public static func shortDateText(_ instant: Date, _ calendar: BusinessCalendar) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = calendar.timeZone
        formatter.dateFormat = "EEE d MMM"
        return formatter.string(from: instant)
    }

    /// The date as the business writes it: "Tuesday, November 24" in North America (time zones
    /// under `America/`, and Hawaii), "Tuesday 24 November" elsewhere.
    static func dateText(_ instant: Date, _ calendar: BusinessCalendar) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = calendar.timeZone
        let identifier = calendar.timeZone.identifier
        let monthFirst = identifier.hasPrefix("America/") || identifier.hasPrefix("US/") || identifier == "Pacific/Honolulu"
        formatter.dateFormat = monthFirst ? "EEEE, MMMM d" : "EEEE d MMMM"
        return formatter.string(from: instant)
    }
}
