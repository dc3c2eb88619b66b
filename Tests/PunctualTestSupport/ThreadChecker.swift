import Foundation
import Punctual
import PunctualCore

/// Reads one customer's thread about one job — the outbox rows, in the order they were written,
/// with their structured facts — and lists where it contradicts itself. It knows nothing of the
/// responder or the notifier: only what the customer was told, and when.
public struct ThreadChecker {
    public struct Contradiction: CustomStringConvertible, Equatable {
        public var jobID: String
        public var rule: String
        public var detail: String
        public var description: String { "\(jobID): \(rule): \(detail)" }
    }

    /// How close two messages must be to be read together ("in the same minute", give or take).
    static let together: TimeInterval = 2 * 60
    /// A reminder this soon after the confirmation of the same promise only repeats it.
    static let reminderRepeats: TimeInterval = 60 * 60

    let calendar: BusinessCalendar

    public init(calendar: BusinessCalendar) {
        self.calendar = calendar
    }

    public func contradictions(jobID: String, messages: [Message], customer: Customer, finalStatus: JobStatus) -> [Contradiction] {
        var found: [Contradiction] = []
        func flag(_ rule: String, _ message: Message, _ detail: String) {
            found.append(Contradiction(jobID: jobID, rule: rule, detail: "\(stamp(message)) \(message.kind.rawValue): \(detail)"))
        }
        // One channel's stream at a time: each reads as a thread of its own.
        for channel in Set(messages.map(\.channel)).sorted(by: { $0.rawValue < $1.rawValue }) {
            let thread = messages.filter { $0.channel == channel }.sorted { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) }
            for (k, message) in thread.enumerated() {
                let before = thread[..<k]
                let promise = message.facts.promisedWindow
                // Nothing more about a visit the customer was told is cancelled (but answers to them).
                if let cancelled = before.last(where: { $0.kind == .cancelled }), Self.speaksOfTheVisit(message.kind) {
                    flag("told after the cancellation", message, "cancelled at \(stamp(cancelled))")
                }
                // A notice about the visit speaks of the promise the customer was last told.
                if Self.statesThePromise(message.kind), let promise,
                   let told = before.last(where: { [.confirmation, .moved].contains($0.kind) })?.facts.promisedWindow, told != promise {
                    flag("speaks of a promise since changed", message, "states \(range(promise)), the customer was told \(range(told))")
                }
                switch message.kind {
                case .reminder:
                    if let confirmation = before.last(where: { $0.kind == .confirmation && $0.facts.promisedWindow == promise }),
                       message.createdAt.timeIntervalSince(confirmation.createdAt) < Self.reminderRepeats {
                        flag("reminder repeats the confirmation", message, "confirmed at \(stamp(confirmation))")
                    }
                case .runningLate:
                    if let arrival = message.facts.arrival, let promise, arrival.end <= promise.end {
                        flag("late, yet inside the promise", message,
                             "arrival \(range(arrival)) is within the promised \(range(promise))")
                    }
                case .onMyWay:
                    if let reassigned = before.last(where: { $0.kind == .reassigned && $0.facts.promisedWindow == promise }),
                       message.createdAt.timeIntervalSince(reassigned.createdAt) < 30 * 60,
                       let arrival = message.facts.arrival, let promise, arrival.end > promise.end {
                        flag("\"still between\", then later", message,
                             "told at \(stamp(reassigned)) the new technician keeps \(range(promise)), now \(range(arrival))")
                    }
                default:
                    break
                }
                // Offering to rebook once the technician is on the way for this very promise.
                if offersRebooking(message), let promise,
                   let onTheWay = before.last(where: { $0.kind == .onMyWay && $0.facts.promisedWindow == promise }) {
                    flag("rebooking offered while on the way", message, "on the way since \(stamp(onTheWay))")
                }
                // The same notice twice at once with different arrivals (a late notice revised by
                // "on my way" a minute later is news, not a contradiction).
                if let arrival = message.facts.arrival,
                   let other = before.last(where: { $0.kind == message.kind && $0.facts.arrival != nil
                       && message.createdAt.timeIntervalSince($0.createdAt) < Self.together }),
                   other.facts.arrival != arrival, other.facts.promisedWindow == promise {
                    flag("two arrivals at once", message, "\(range(other.facts.arrival!)) at \(stamp(other)), now \(range(arrival))")
                }
                if customer.notify == .email && message.body.localizedCaseInsensitiveContains("we'll text") {
                    flag("texts promised to an email-only customer", message, message.body)
                }
            }
            if finalStatus == .cancelled, thread.contains(where: { [.confirmation, .moved].contains($0.kind) }),
               !thread.contains(where: { $0.kind == .cancelled }), let last = thread.last {
                flag("cancelled in silence", last, "a promised visit was cancelled and the customer never told")
            }
            if finalStatus == .failed, let last = thread.last, [.onMyWay, .runningLate, .reassigned].contains(last.kind) {
                flag("silence after a visit that could not be completed", last, "nothing said after it")
            }
        }
        return found
    }

    /// Kinds that say something of the visit itself (not answers to the customer's texts).
    static func speaksOfTheVisit(_ kind: MessageKind) -> Bool {
        [.confirmation, .reminder, .onMyWay, .runningLate, .reassigned, .moved, .promiseBroken, .done, .followUp, .notCompleted].contains(kind)
    }

    /// Kinds that restate the current promise rather than make or break one.
    static func statesThePromise(_ kind: MessageKind) -> Bool {
        [.reminder, .onMyWay, .runningLate, .reassigned, .cancelled].contains(kind)
    }

    private func offersRebooking(_ message: Message) -> Bool {
        message.kind == .rebookOptions || message.kind == .promiseBroken || message.body.contains("2 to rebook")
    }

    private func stamp(_ message: Message) -> String {
        let local = calendar.local(message.createdAt)
        return "\(local.date) \(local.time)"
    }

    private func range(_ interval: DateInterval) -> String { calendar.localRange(interval).description }
}
