import Foundation

/// Validation of the messaging settings' text values.
extension SettingKey {
    func messagingProblem(with text: String) -> String? {
        switch self {
        case .messagesTransport:
            return ["console", "live"].contains(text) ? nil : "'\(text)' is neither console nor live"
        case .quietHours:
            return text.isEmpty || QuietHours(parsing: text) != nil ? nil : "'\(text)' is not a range such as 21:00-08:00"
        case .phoneCountryCode:
            return text.isEmpty || (1...3).contains(text.count) && text.allSatisfy({ $0.isASCII && $0.isNumber }) && !text.hasPrefix("0")
                ? nil : "'\(text)' is not a country calling code such as 1 or 44"
        case .smtpStartTLS, .reassignWhenLate, .replanWhenLate:
            return ["true", "false"].contains(text) ? nil : "'\(text)' is neither true nor false"
        case .smsBaseURL, .smsWebhookURL, .webBaseURL:
            return text.isEmpty && self != .smsBaseURL || Self.isHTTPURL(text) ? nil : "'\(text)' is not an http(s) URL"
        case .smtpURL:
            let lower = text.lowercased()
            return text.isEmpty || ((lower.hasPrefix("smtp://") || lower.hasPrefix("smtps://")) && !text.contains(" "))
                ? nil : "'\(text)' is not an smtp:// or smtps:// URL"
        case .templateConfirmation, .templateReminder, .templateOnMyWay, .templateRunningLate, .templateReassigned, .templateMoved, .templateCancelled,
             .templateRebookOptions, .templatePromiseBroken, .templateDone, .templateNotCompleted, .templateFollowUp, .templateOptOut,
             .templateHelp:
            if text.trimmingCharacters(in: .whitespaces).isEmpty { return "a template cannot be empty" }
            let unknown = MessageTemplates.unknownPlaceholders(in: text)
            return unknown.isEmpty ? nil : "unknown placeholder(s) \(unknown.map { "{\($0)}" }.joined(separator: ", "))"
        default:
            return nil
        }
    }

    static func isHTTPURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        return (lower.hasPrefix("http://") || lower.hasPrefix("https://")) && text.count > 8 && !text.contains(" ")
    }
}
