import Foundation

/// Typed readings of the messaging settings.
extension Settings {
    /// The quiet hours in force, or nil when the setting is empty.
    public var quietHours: QuietHours? { QuietHours(parsing: text(.quietHours)) }

    /// The template in force for `kind` (nil for `reply`, which has none).
    public func template(_ kind: MessageKind) -> String? {
        MessageTemplates.settingKey(kind).map(text)
    }

    /// Whether messages really leave the machine (`live`) or only reach the log (`console`).
    public var sendsLive: Bool { text(.messagesTransport) == "live" }
}
