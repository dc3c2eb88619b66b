import Foundation
import Punctual
import PunctualCore

/// Answers a customer's text: finds the customer by phone and their active job, acts on the
/// keyword (wait, rebook, a numbered choice, stop, help) and records the text in the inbox with the
/// job attached — handled when Punctual answered it, for the dispatcher otherwise.
public struct ReplyHandler: Sendable {
    public var store: Store
    public var booker: Booker
    public var notifier: Notifier
    /// How many days ahead rebook choices are looked for, and how many are offered.
    public var rebookDays: Int
    public var rebookChoices: Int
    /// How long rebook choices stay open to a bare number, seconds.
    public var choiceLifetime: TimeInterval = RebookChoice.lifetime

    public init(store: Store, booker: Booker = Booker(), notifier: Notifier = Notifier(), rebookDays: Int = 3,
                rebookChoices: Int = 3) {
        self.store = store
        self.booker = booker
        self.notifier = notifier
        self.rebookDays = rebookDays
        self.rebookChoices = rebookChoices
    }

    /// Handles the text `body` from `phone`; returns its inbox item as it ends up. A text whose
    /// `providerMessageID` was handled before (the provider retried its webhook) is not acted on
    /// again: its first inbox item comes back as it is. One stored but never settled (the server
    /// stopped half-way) is handled now; its answers carry the item's id in their idempotency keys,
    /// so one already queued is not queued twice.
    @discardableResult
    public func handle(from phone: String, body: String, providerMessageID: String? = nil, now: Date) throws -> InboxItem {
        let customer = try store.customer(phone: phone)
        let job = try customer.flatMap { try store.activeJob(customerID: $0.id!) }
        return try handle(InboundSMSParser.parse(body), body: body, customer: customer, job: job, sender: phone, source: .sms,
                          providerMessageID: providerMessageID, now: now).item
    }

    /// Handles a tap on the customer's tracking page for `jobID` as the text that says the same
    /// (`command`), so the page and the texts are one conversation: the same inbox, the same
    /// choices, the same notices. What a text would answer comes back as `answer` for the page to
    /// show, and is not texted.
    public func handle(pageCommand command: InboundCommand, said body: String, jobID: String, now: Date) throws -> (item: InboxItem, answer: String?) {
        guard let job = try store.job(jobID), let customer = try store.customer(id: job.customerID) else {
            throw BookingError.unknownJob(jobID)
        }
        return try handle(command, body: body, customer: customer, job: job, sender: "tracking page", source: .web,
                          providerMessageID: nil, now: now)
    }

    private func handle(_ command: InboundCommand, body: String, customer: Customer?, job: Job?, sender: String, source: InboxItem.Source,
                        providerMessageID: String?, now: Date) throws -> (item: InboxItem, answer: String?) {
        let received = try store.receiveInboxItem(source: source, customerID: customer?.id, jobID: job?.id, sender: sender, body: body,
                                                  providerMessageID: providerMessageID, action: nil, handled: false, now: now)
        if !received.isNew && received.item.action != nil { return (received.item, nil) }
        var item = received.item
        var pageAnswer: String?
        func settle(_ item: inout InboxItem, _ action: String, handled: Bool) throws -> (item: InboxItem, answer: String?) {
            (try self.settle(&item, action, handled: handled), pageAnswer)
        }
        guard let customer else {
            return try settle(&item, "unknown number: for the dispatcher", handled: false)
        }
        let business = try store.requireProfile()
        let settings = try store.settings()
        func answer(_ kind: MessageKind, text: String? = nil, choices: String? = nil, windows: [DateInterval] = []) throws {
            let drafted = notifier.answer(kind, to: customer, job: job, inboundID: item.id, text: text, choices: choices,
                                          windows: windows, business: business, settings: settings, now: now)
            guard source == .sms else {
                pageAnswer = drafted.body
                return
            }
            try store.enqueue([drafted], now: now)
        }
        switch command {
        case .stop:
            try store.optOut(customerID: customer.id!, now: now)
            try answer(.optOut)
            return try settle(&item, "opted out", handled: true)
        case .help:
            try answer(.help)
            return try settle(&item, "answered with the business's contact", handled: true)
        case .number(let number) where try openChoice(customer, number, now) != nil:
            let choice = try openChoice(customer, number, now)!
            let calendar = business.calendar
            let text = "\(calendar.local(choice.window.start).date) \(calendar.localRange(choice.window))"
            // The true answer for a visit already under way, not "that time was just taken".
            if let chosen = try store.job(choice.jobID), chosen.status.isUnderWayOrDone {
                try store.saveRebookChoices(customerID: customer.id!, [])
                let where_ = chosen.status == .enRoute ? "on the way" : "with you"
                try answer(.reply, text: "\(business.name): your technician is already \(where_), so your visit stays as it is.")
                return try settle(&item, "chose \(number) (\(text)), but \(chosen.id) is \(chosen.status.rawValue): kept", handled: true)
            }
            do {
                _ = try booker.book(jobID: choice.jobID, window: choice.window, store: store, now: now)
            } catch {
                try answer(.reply, text: "\(business.name): sorry, \(text) was just taken. A person will contact you shortly.")
                return try settle(&item, "could not book choice \(number) (\(text)): \(error)", handled: false)
            }
            try store.saveRebookChoices(customerID: customer.id!, [])
            return try settle(&item, "booked choice \(number): \(text)", handled: true)
        case .wait, .number(1):
            // Only the late notice about the promise standing now, for a time still ahead: one
            // about an older promise (since moved) is no longer the customer's to accept.
            guard let job, let late = try Self.currentLateNotice(job, store: store, now: now), let window = late.window else {
                // "Keep my appointment" on the page, with nothing late: the customer confirms.
                if source == .web { return try settle(&item, "kept the appointment as booked", handled: true) }
                return try settle(&item, "no late arrival to wait for: for the dispatcher", handled: false)
            }
            try store.acceptWindow(jobID: job.id, window: window, notices: { notifier.confirmation($0, now: now) }, now: now)
            let range = business.calendar.localRange(window)
            return try settle(&item, "the customer will wait: promised \(range)", handled: true)
        case .rebook, .number(2):
            guard let job else { return try settle(&item, "no job to rebook: for the dispatcher", handled: false) }
            if job.status.isUnderWayOrDone {
                try answer(.reply, text: "\(business.name): your technician is already on the way. A person will contact you shortly.")
                return try settle(&item, "asked to rebook, but \(job.id) is \(job.status.rawValue): for the dispatcher", handled: false)
            }
            let offers = OfferSpread.pick(try booker.offers(jobID: job.id, days: rebookDays, store: store, now: now)
                .filter { $0.window != job.promisedWindow }, limit: rebookChoices, calendar: business.calendar)
            guard !offers.isEmpty else {
                try answer(.reply, text: "\(business.name): we have no other time free soon. A person will contact you shortly.")
                return try settle(&item, "no window to offer: for the dispatcher", handled: false)
            }
            let choices = offers.enumerated().map {
                RebookChoice(customerID: customer.id!, jobID: job.id, number: $0 + 1, window: $1.window, offeredAt: now)
            }
            try store.saveRebookChoices(customerID: customer.id!, choices)
            let calendar = business.calendar
            let list = choices.map { choice in
                "\(choice.number)) \(Notifier.shortDateText(choice.window.start, calendar)) \(calendar.localRange(choice.window))"
            }.joined(separator: ", ")
            try answer(.rebookOptions, choices: list, windows: choices.map(\.window))
            return try settle(&item, "offered \(choices.count) windows", handled: true)
        case .number, .text:
            return try settle(&item, job.map { "for the dispatcher, about job \($0.id)" } ?? "for the dispatcher", handled: false)
        }
    }

    /// The running-late notice that a "wait" would accept: the last one sent about the job's
    /// current promise, whose new arrival has not passed.
    public static func currentLateNotice(_ job: Job, store: Store, now: Date) throws -> Message? {
        guard let late = try store.messages(jobID: job.id).last(where: { $0.kind == .runningLate }),
              late.facts.promisedWindow == job.promisedWindow, let window = late.window, window.end > now else { return nil }
        return late
    }

    private func openChoice(_ customer: Customer, _ number: Int, _ now: Date) throws -> RebookChoice? {
        try store.rebookChoice(customerID: customer.id!, number: number, offeredAfter: now.addingTimeInterval(-choiceLifetime))
    }

    private func settle(_ item: inout InboxItem, _ action: String, handled: Bool) throws -> InboxItem {
        try store.updateInboxItem(id: item.id, action: action, handled: handled)
        item.action = action
        item.handled = handled
        return item
    }
}
