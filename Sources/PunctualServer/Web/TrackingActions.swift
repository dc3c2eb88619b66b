import Foundation
import Messaging
import Punctual
import PunctualCore

/// What a customer does on their tracking page, each through the logic their texts go through
/// (`ReplyHandler`), so the page and the texts are one conversation: keep (as "1"), reschedule (as
/// "REBOOK", with the same choices a text would list), pick a choice (as its number), cancel (as
/// the dispatcher's cancellation, told to the customer with the calendar's withdrawal) and a note
/// for the technician (on the job's notes, and in the dispatcher's inbox).
struct TrackingActions: Sendable {
    /// How the page words what happened, by a fixed code in its address (never free text from the
    /// address, which anyone could put in a link).
    enum Outcome: String, CaseIterable {
        case kept, choices, booked, taken, noTimes = "no-times", underWay = "under-way", cancelled, noted, emptyNote = "empty-note"

        var text: String {
            switch self {
            case .kept: "Thank you: your appointment stays as it is."
            case .choices: "Pick the time that suits you below."
            case .booked: "Done: your visit has moved. We have sent you the new time."
            case .taken: "Sorry, that time was just taken. A person will contact you shortly."
            case .noTimes: "We have no other time free soon. A person will contact you shortly."
            case .underWay: "Your technician is already on the way, so the visit can no longer be changed here. Please call us."
            case .cancelled: "Your visit is cancelled. We have sent you a confirmation."
            case .noted: "Thank you: your note is with your technician."
            case .emptyNote: "Write a note first (up to 500 characters)."
            }
        }
    }

    static let actor = "customer:tracking-page"
    static let noteLimit = 500

    let store: Store
    let replies: ReplyHandler

    init(store: Store) {
        self.store = store
        replies = ReplyHandler(store: store)
    }

    func keep(jobID: String, now: Date) throws -> Outcome {
        guard try changeable(jobID) else { return .underWay }
        _ = try replies.handle(pageCommand: .wait, said: "keep my appointment", jobID: jobID, now: now)
        return .kept
    }

    func reschedule(jobID: String, now: Date) throws -> Outcome {
        guard try changeable(jobID) else { return .underWay }
        let result = try replies.handle(pageCommand: .rebook, said: "reschedule", jobID: jobID, now: now)
        return result.item.action?.hasPrefix("offered") == true ? .choices : .noTimes
    }

    func choose(jobID: String, number: Int, now: Date) throws -> Outcome {
        guard try changeable(jobID) else { return .underWay }
        let result = try replies.handle(pageCommand: .number(number), said: "choice \(number)", jobID: jobID, now: now)
        return result.item.action?.hasPrefix("booked choice") == true ? .booked : .taken
    }

    func cancel(jobID: String, now: Date) throws -> Outcome {
        guard try changeable(jobID), let job = try store.job(jobID) else { return .underWay }
        _ = try JobDesk(store: store).cancel(jobID, actor: Self.actor, reason: "cancelled by the customer on the tracking page", now: now)
        _ = try store.addInboxItem(source: .web, customerID: job.customerID, jobID: jobID, sender: "tracking page", body: "cancel",
                                   action: "cancelled on the tracking page", handled: true, now: now)
        return .cancelled
    }

    func note(jobID: String, text: String, now: Date) throws -> Outcome {
        let note = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !note.isEmpty, note.count <= Self.noteLimit else { return .emptyNote }
        guard let job = try store.job(jobID), !job.status.isClosed else { return .underWay }
        let notes = job.notes.isEmpty ? "Customer: \(note)" : "\(job.notes) · Customer: \(note)"
        _ = try JobDesk(store: store).edit(jobID, JobDesk.Edits(notes: notes), actor: Self.actor, reason: "a note from the customer", now: now)
        _ = try store.addInboxItem(source: .web, customerID: job.customerID, jobID: jobID, sender: "tracking page", body: note,
                                   action: "added to the job's notes", handled: false, now: now)
        return .noted
    }

    /// Keep, reschedule and cancel are for a visit not yet under way.
    private func changeable(_ jobID: String) throws -> Bool {
        guard let job = try store.job(jobID) else { return false }
        return [.booked, .scheduled].contains(job.status)
    }
}
