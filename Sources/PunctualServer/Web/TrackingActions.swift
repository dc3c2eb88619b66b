import Foundation
import Logging
import Messaging
import Punctual
import PunctualCore

/// What a customer does on their tracking page, each through the logic their texts go through
/// (`ReplyHandler`), so the page and the texts are one conversation: keep (or wait for the new time
/// a running-late notice gave, as "1"), reschedule (as "REBOOK", with the same choices a text would
/// list), pick a choice (as its number), cancel (as the dispatcher's cancellation, told to the
/// customer with the calendar's withdrawal) and a note for the technician (on the job's notes, and
/// in the dispatcher's inbox).
struct TrackingActions: Sendable {
    /// How the page words what happened, by a fixed code in its address (never free text from the
    /// address, which anyone could put in a link).
    enum Outcome: String, CaseIterable, Sendable {
        case kept, waiting, choices, booked, taken, expired, noTimes = "no-times", underWay = "under-way", closed, cancelled, noted
        case emptyNote = "empty-note", failed

        var text: String {
            switch self {
            case .kept: "Thank you: your appointment stays as it is."
            case .waiting: "Thank you for waiting: the new time is confirmed, and we have sent it to you."
            case .choices: "Pick the time that suits you below."
            case .booked: "Done: your visit has moved. We have sent you the new time."
            case .taken: "Sorry, that time was just taken. A person will contact you shortly."
            case .expired: "Those times are no longer open. Tap Reschedule to see the times free now."
            case .noTimes: "We have no other time free soon. A person will contact you shortly."
            case .underWay: "Your technician is already on the way, so the visit can no longer be changed here. Please call us."
            case .closed: "This visit is already closed."
            case .cancelled: "Your visit is cancelled. We have sent you a confirmation."
            case .noted: "Thank you: your note is with your technician."
            case .emptyNote: "Write a note first (up to 500 characters)."
            case .failed: "Sorry, that did not work. Please reply to our last message or call us."
            }
        }
    }

    static let actor = "customer:tracking-page"
    static let noteLimit = 500

    let store: Store
    let replies: ReplyHandler
    let logger = Logger(label: "punctual.tracking-page")

    init(store: Store) {
        self.store = store
        replies = ReplyHandler(store: store)
    }

    func keep(jobID: String, now: Date) throws -> Outcome {
        if let refusal = try refusal(jobID) { return refusal }
        let result = try replies.handle(pageCommand: .wait, said: "keep my appointment", jobID: jobID, now: now)
        return result.item.action?.hasPrefix("the customer will wait") == true ? .waiting : .kept
    }

    func reschedule(jobID: String, now: Date) throws -> Outcome {
        if let refusal = try refusal(jobID) { return refusal }
        let result = try replies.handle(pageCommand: .rebook, said: "reschedule", jobID: jobID, now: now)
        return result.item.action?.hasPrefix("offered") == true ? .choices : .noTimes
    }

    /// `number` is nil for a form without one (only a tampered page sends that).
    func choose(jobID: String, number: Int?, now: Date) throws -> Outcome {
        if let refusal = try refusal(jobID) { return refusal }
        guard let number else { return .expired }
        // Only a choice offered for this visit and still open: a number is the customer's, and a
        // stale one would otherwise read as "wait" or "rebook".
        guard let job = try store.job(jobID),
              try store.rebookChoices(customerID: job.customerID, offeredAfter: now - replies.choiceLifetime)
                .contains(where: { $0.jobID == jobID && $0.number == number && $0.window.start > now }) else { return .expired }
        let result = try replies.handle(pageCommand: .number(number), said: "choice \(number)", jobID: jobID, now: now)
        return result.item.action?.hasPrefix("booked choice") == true ? .booked : .taken
    }

    func cancel(jobID: String, now: Date) throws -> Outcome {
        if let refusal = try refusal(jobID) { return refusal }
        guard let job = try store.job(jobID) else { return .closed }
        _ = try JobDesk(store: store).cancel(jobID, actor: Self.actor, reason: "cancelled by the customer on the tracking page", now: now)
        // For a person too: the time it frees may be offered to someone else.
        _ = try store.addInboxItem(source: .web, customerID: job.customerID, jobID: jobID, sender: "tracking page", body: "cancel",
                                   action: "cancelled on the tracking page", handled: false, now: now)
        return .cancelled
    }

    func note(jobID: String, text: String, now: Date) throws -> Outcome {
        let note = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !note.isEmpty, note.count <= Self.noteLimit else { return .emptyNote }
        guard let job = try store.job(jobID), !job.status.isClosed else { return .closed }
        let notes = job.notes.isEmpty ? "Customer: \(note)" : "\(job.notes) · Customer: \(note)"
        _ = try JobDesk(store: store).edit(jobID, JobDesk.Edits(notes: notes), actor: Self.actor, reason: "a note from the customer", now: now)
        _ = try store.addInboxItem(source: .web, customerID: job.customerID, jobID: jobID, sender: "tracking page", body: note,
                                   action: "added to the job's notes", handled: false, now: now)
        return .noted
    }

    /// Runs an action; a failure the customer cannot act on (a race with the dispatcher, say) is
    /// logged and answered with a sentence, never an error page.
    func attempt(_ action: String, jobID: String, _ work: () throws -> Outcome) -> Outcome {
        do {
            return try work()
        } catch {
            logger.error("tracking page action failed", metadata: ["action": "\(action)", "job": "\(jobID)", "error": "\(error)"])
            return .failed
        }
    }

    /// Keep, reschedule, choose and cancel are for a visit not yet under way.
    private func refusal(_ jobID: String) throws -> Outcome? {
        guard let job = try store.job(jobID) else { return .closed }
        if job.status.isClosed { return .closed }
        return [.booked, .scheduled, .requested].contains(job.status) ? nil : .underWay
    }
}
