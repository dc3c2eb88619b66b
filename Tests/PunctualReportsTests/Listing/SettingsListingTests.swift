import Testing
@testable import PunctualCore
@testable import PunctualReports

/// `settings list` reads in an 80-column terminal, names every setting and where its value came
/// from, and never shows a secret whole, whatever the values.
@Suite struct SettingsListingTests {
    @Test(arguments: 1...20 as ClosedRange<UInt64>)
    func everyLineFitsEverySettingIsNamedAndNoSecretShowsWhole(seed: UInt64) {
        var random = SeededText(state: seed)
        func text(_ length: Int) -> String {
            String((0..<length).map { _ in Array("abcdefghijklmnopqrstuvwxyz0123456789 ")[Int(random.next() % 37)] })
        }
        let token = "Tk9" + text(8 + Int(random.next() % 40)).replacingOccurrences(of: " ", with: "x")
        let password = "Pw7" + text(5 + Int(random.next() % 20)).replacingOccurrences(of: " ", with: "y")
        var overrides: [SettingKey: String] = [.smsAuthToken: token, .smtpPassword: password]
        // A long template (words of any length) and a long URL without spaces.
        overrides[.templateConfirmation] = text(300)
        overrides[.routingURL] = "http://" + String(repeating: "r", count: Int(random.next() % 90)) + ".example"
        let listing = SettingsListing(settings: Settings(overrides: overrides), fromEnvironment: [.smtpPassword])
        let lines = listing.rendered.split(separator: "\n", omittingEmptySubsequences: false)
        for line in lines where line.count > 80 {
            let words = line.split(separator: " ")
            #expect(words.count == 1 || (words.count == 3 && words[1] == "="),
                    "only a word longer than a line (after its key) may pass 80 columns: \(line)")
        }
        for key in SettingKey.allCases {
            #expect(lines.contains { $0.hasPrefix("\(key.rawValue) = ") }, "\(key.rawValue) is listed")
        }
        #expect(!listing.rendered.contains(token) && !listing.rendered.contains(password))
        #expect(listing.values[SettingKey.smsAuthToken.rawValue] != token && listing.values[SettingKey.smtpPassword.rawValue] != password)
        #expect(lines.contains { $0.hasPrefix("smtp.password = ") && $0.hasSuffix("(from PUNCTUAL_SMTP_PASSWORD)") })
        #expect(lines.contains { $0.hasPrefix("sms.auth_token = ") && $0.contains("(set; default: none)") })
    }

    /// A linear congruential generator: enough to vary the listing's values by seed.
    struct SeededText {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
    }

    @Test func aLongValueIsFoldedAtSpacesWithItsLinesIndented() {
        let folded = SettingsListing.fold("key = " + Array(repeating: "word", count: 40).joined(separator: " "), width: 30, indent: "  ")
        #expect(folded.count > 1 && folded.allSatisfy { $0.count <= 30 })
        #expect(folded.dropFirst().allSatisfy { $0.hasPrefix("  ") })
        #expect(folded.joined(separator: " ").split(separator: " ").filter { $0 == "word" }.count == 40)
    }
}
