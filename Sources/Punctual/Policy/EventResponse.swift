import Foundation
import PunctualCore

/// What the `EventResponder` did about one domain event, for logs, the demo and the simulator.
public struct EventResponse: Sendable, Hashable {
    public enum Action: Sendable, Hashable {
        /// "On my way" queued, with the arrival window told.
        case toldOnTheWay(arrival: DateInterval)
        /// The visit went to `technicianID`, who can still make the window; the customer is told who is coming.
        case reassigned(from: String, to: String)
        /// The rest of the day was planned again from where it stands and the visit is likely on
        /// time now: `handedOver` visits went to other technicians (their customers told who is
        /// coming), `technicians` had their visits ahead changed.
        case replanned(handedOver: [String], technicians: [String])
        /// "Running late" queued with the new arrival window and the choice to wait or rebook.
        case toldRunningLate(arrival: DateInterval)
        /// "Done" queued, and the follow-up for later.
        case toldDone
        /// Put in front of the dispatcher (a visit that could not be completed).
        case flagged(reason: String)
        /// Nothing to do any more (the visit moved on, or was already handled), and why.
        case skipped(reason: String)
        /// Not yet: the event stays unconsumed and is weighed again on the next pass, and why.
        case held(reason: String)
    }

    public var event: DomainEvent
    public var action: Action
    /// The messages queued for the customer.
    public var messages: [Message]

    public init(event: DomainEvent, action: Action, messages: [Message] = []) {
        self.event = event
        self.action = action
        self.messages = messages
    }
}
