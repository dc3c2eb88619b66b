import Foundation
import Testing
@testable import Punctual
@testable import PunctualCore

/// Secrets (the SMS auth token, the SMTP password) are never shown whole, and may come from the
/// environment — a value or a file — in place of the database, which then never holds them.
@Suite struct SecretSettingsTests {
    @Test func aSecretIsShownByItsLastFourCharactersOnlyWhenLongEnough() {
        #expect(SettingKey.smsAuthToken.shown("0123456789abcdef") == "****cdef")
        #expect(SettingKey.smtpPassword.shown("hunter2") == "****")
        #expect(SettingKey.smtpPassword.shown("") == "")
        #expect(SettingKey.smtpUsername.shown("dispatch@example.com") == "dispatch@example.com")
        #expect(SettingKey.smsAuthToken.environmentVariable == "PUNCTUAL_SMS_AUTH_TOKEN")
        #expect(SettingKey.smtpPassword.environmentVariable == "PUNCTUAL_SMTP_PASSWORD")
        #expect(SettingKey.smtpUsername.environmentVariable == nil)
    }

    @Test func theEnvironmentGivesASecretDirectlyOrInAFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("punctual-secret-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        try "from-a-file\n".write(to: file, atomically: true, encoding: .utf8)
        let secrets = try SecretEnvironment.secrets(in: ["PUNCTUAL_SMS_AUTH_TOKEN": "direct", "PUNCTUAL_SMTP_PASSWORD_FILE": file.path,
                                                         "PUNCTUAL_DB": "elsewhere.sqlite"])
        #expect(secrets == [.smsAuthToken: "direct", .smtpPassword: "from-a-file"])
        #expect(try SecretEnvironment.secrets(in: ["PUNCTUAL_SMS_AUTH_TOKEN": ""]).isEmpty, "an empty variable gives nothing")
        #expect(throws: SecretEnvironment.Problem.unreadableFile(variable: "PUNCTUAL_SMTP_PASSWORD_FILE", path: "/no/such/file")) {
            try SecretEnvironment.secrets(in: ["PUNCTUAL_SMTP_PASSWORD_FILE": "/no/such/file"])
        }
        #expect(throws: SecretEnvironment.Problem.both(variable: "PUNCTUAL_SMS_AUTH_TOKEN")) {
            try SecretEnvironment.secrets(in: ["PUNCTUAL_SMS_AUTH_TOKEN": "a", "PUNCTUAL_SMS_AUTH_TOKEN_FILE": file.path])
        }
    }

    @Test func aSecretFromTheEnvironmentTakesThePlaceOfTheStoredOneAndIsNeverWritten() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("punctual-secrets-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let plain = try Store.open(path: path, create: true)
        try plain.saveProfile(BusinessProfile(name: "Test Co", timeZoneIdentifier: "America/Denver",
                                              depot: GeoPoint(latitude: 46.87, longitude: -114.02)))
        try plain.setSetting(.smsAuthToken, to: "stored-token")
        let given = try Store.open(path: path, secrets: [.smsAuthToken: "given-token"])
        #expect(try given.settings().text(.smsAuthToken) == "given-token")
        #expect(try given.daySnapshot(on: LocalDate(parsing: "2026-11-24")!).settings.text(.smsAuthToken) == "given-token")
        #expect(try plain.settings().text(.smsAuthToken) == "stored-token", "the database keeps its own value")
        let bytes = try String(decoding: Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        #expect(!bytes.contains("given-token"))
    }
}
