/// What a customer message is about; each kind has its own template and idempotency key.
public enum MessageKind: String, Codable, CaseIterable, Sendable {
    case confirmation
    case reminder
    case onMyWay = "on_my_way"
    case runningLate = "running_late"
    case reassigned
    /// The promise moved to another window at the customer's or the dispatcher's request.
    case moved
    /// The visit is off: the calendar entry is withdrawn.
    case cancelled
    case rebookOptions = "rebook_options"
    /// A promised window the published plan cannot keep, told at publish with numbered new times.
    case promiseBroken = "promise_broken"
    case done
    /// The visit could not be completed: what happens next.
    case notCompleted = "not_completed"
    case followUp = "follow_up"
    /// The one message an opted-out customer still gets: that they will get no more.
    case optOut = "opt_out"
    case help
    /// An answer to a reply (a confirmed wait, a failed rebook) whose text is written by the caller.
    case reply

    /// Urgent messages go out even in quiet hours: they concern a visit that is happening now or an
    /// answer the customer is waiting for.
    public var isUrgent: Bool {
        switch self {
        case .onMyWay, .runningLate, .reassigned, .moved, .cancelled, .rebookOptions, .promiseBroken, .notCompleted, .optOut, .help, .reply: true
        case .confirmation, .reminder, .done, .followUp: false
        }
    }

    /// Words for an email subject and listings.
    public var title: String {
        switch self {
        case .confirmation: "Your appointment is booked"
        case .reminder: "Your appointment is tomorrow"
        case .onMyWay: "Your technician is on the way"
        case .runningLate: "Your technician is running late"
        case .reassigned: "A different technician is coming"
        case .moved: "Your appointment has moved"
        case .cancelled: "Your appointment is cancelled"
        case .rebookOptions: "Choose a new time"
        case .promiseBroken: "We cannot keep your appointment time"
        case .done: "Your visit is done"
        case .notCompleted: "We could not finish today"
        case .followUp: "How did we do?"
        case .optOut: "You will get no more messages"
        case .help: "How to reach us"
        case .reply: "Re: your message"
        }
    }
}
