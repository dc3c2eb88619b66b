/// The words of each message kind, with `{placeholder}`s filled from the job at hand.
///
/// Each template can be replaced by a setting (`messages.template.KIND`); the built-in ones are short
/// enough for one SMS segment once filled, and name the business, the window and the technician.
public enum MessageTemplates {
    /// The placeholders a template may use.
    public static let placeholders: Set<String> = [
        "business", "customer", "date", "window", "window_start", "window_end", "technician", "arrival", "work", "parts", "choices", "contact", "tracking_link",
    ]

    /// The built-in template of `kind`; nil for `reply`, whose text the caller writes.
    public static func builtIn(_ kind: MessageKind) -> String? {
        switch kind {
        case .confirmation:
            "{business}: {customer}, you're booked for {date}, arrival between {window_start} and {window_end}. We'll let you know when your technician is on the way."
        case .reminder:
            "{business}: a reminder that we'll see you tomorrow, {date}, arrival between {window_start} and {window_end}."
        case .onMyWay:
            "{business}: {technician} is on the way and should arrive {arrival}."
        case .runningLate:
            "{business}: sorry {customer}, {technician} is running late and should now arrive {arrival}. Reply 1 to wait or 2 to rebook."
        case .reassigned:
            "{business}: {technician} is coming instead, still between {window_start} and {window_end}."
        case .moved:
            "{business}: {customer}, your appointment has moved to {date}, arrival between {window_start} and {window_end}."
        case .cancelled:
            "{business}: {customer}, your appointment on {date} between {window_start} and {window_end} is cancelled. Reply to this message to book again."
        case .rebookOptions:
            "{business}: reply with the number of the time that suits you: {choices}"
        case .promiseBroken:
            "{business}: sorry {customer}, we can no longer come on {date} between {window_start} and {window_end}. {choices}"
        case .notCompleted:
            "{business}: sorry {customer}, {technician} could not finish the job today. A person will call you to arrange the return visit."
        case .done:
            "{business}: {technician} has finished: {work}. Parts used: {parts}. Reply to this message to reach a person."
        case .followUp:
            "{business}: how did we do, {customer}? A word or two in reply helps; a person reads every one."
        case .optOut:
            "{business}: you will get no more messages from us."
        case .help:
            "{business}: {contact}"
        case .reply:
            nil
        }
    }

    /// The late notice once the technician is on the way: an arrival to expect, no rebooking on offer.
    public static let runningLateOnTheWay =
        "{business}: sorry {customer}, {technician} is on the way but running late and should now arrive {arrival}."

    /// The setting that overrides the template of `kind`.
    public static func settingKey(_ kind: MessageKind) -> SettingKey? {
        switch kind {
        case .confirmation: .templateConfirmation
        case .reminder: .templateReminder
        case .onMyWay: .templateOnMyWay
        case .runningLate: .templateRunningLate
        case .reassigned: .templateReassigned
        case .moved: .templateMoved
        case .cancelled: .templateCancelled
        case .rebookOptions: .templateRebookOptions
        case .promiseBroken: .templatePromiseBroken
        case .done: .templateDone
        case .notCompleted: .templateNotCompleted
        case .followUp: .templateFollowUp
        case .optOut: .templateOptOut
        case .help: .templateHelp
        case .reply: nil
        }
    }

    /// `template` with each `{name}` replaced by `values[name]` (an unknown or missing one by nothing).
    public static func render(_ template: String, _ values: [String: String]) -> String {
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            result += values[String(rest[rest.index(after: open)..<close])] ?? ""
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result
    }

    /// The placeholders used in `template` that `render` does not know, for validating a setting.
    public static func unknownPlaceholders(in template: String) -> [String] {
        var unknown: [String] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = String(rest[rest.index(after: open)..<close])
            if !placeholders.contains(name) { unknown.append(name) }
            rest = rest[rest.index(after: close)...]
        }
        return unknown
    }
}
