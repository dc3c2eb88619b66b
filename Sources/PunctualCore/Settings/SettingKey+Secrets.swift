/// The settings that are passwords: never printed whole, and better given by the environment than
/// kept in the database (a copy of the database for a bug report should not carry them).
extension SettingKey {
    public static let secrets: [SettingKey] = [.smsAuthToken, .smtpPassword]

    public var isSecret: Bool { Self.secrets.contains(self) }

    /// The environment variable that gives this secret in place of the database's value
    /// (`PUNCTUAL_SMS_AUTH_TOKEN`); the same name with `_FILE` names a file that holds it.
    public var environmentVariable: String? {
        isSecret ? "PUNCTUAL_" + rawValue.uppercased().replacingOccurrences(of: ".", with: "_") : nil
    }

    /// `value` as it may be shown: a secret keeps its last four characters when it is long enough
    /// that they give nothing away (12 or more), else none; every other setting is shown as it is.
    public func shown(_ value: String) -> String {
        guard isSecret, !value.isEmpty else { return value }
        return value.count >= 12 ? "****" + value.suffix(4) : "****"
    }
}
