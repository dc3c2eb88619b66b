import Foundation
import Testing
@testable import Messaging

/// The webhook signature against the provider's documented examples.
@Suite struct CryptoTests {
    /// The digest is swift-crypto's; what is ours is the payload it signs, checked against the
    /// provider's documented examples.
    static let url = "https://mycompany.com/myapp.php?foo=1&bar=2"

    @Test func signatureMatchesTheProvidersDocumentedExample() {
        let parameters = [("CallSid", "CA1234567890ABCDE"), ("Caller", "+14158675310"), ("Digits", "1234"),
                          ("From", "+14158675310"), ("To", "+18005551212")]
        #expect(TwilioSignature.signature(url: Self.url, parameters: parameters, authToken: "12345") == "GvWf1cFY/Q7PnoempGyD5oXAezc=")
        // The order parameters arrive in does not matter; each is signed by name.
        #expect(TwilioSignature.isValid("GvWf1cFY/Q7PnoempGyD5oXAezc=", url: Self.url, parameters: parameters.reversed(), authToken: "12345"))
    }

    @Test func aChangedParameterURLOrTokenInvalidatesTheSignature() {
        let parameters = [("CallSid", "CA1234567890ABCDE"), ("Caller", "+12349013030"), ("Digits", "1234"),
                          ("From", "+12349013030"), ("To", "+18005551212")]
        let good = "0/KCTR6DLpKmkAf8muzZqo1nDgQ="
        #expect(TwilioSignature.isValid(good, url: Self.url, parameters: parameters, authToken: "12345"))
        #expect(!TwilioSignature.isValid(good, url: Self.url, parameters: parameters.dropLast() + [("To", "+18005551213")], authToken: "12345"))
        #expect(!TwilioSignature.isValid(good, url: Self.url + "&baz=3", parameters: parameters, authToken: "12345"))
        #expect(!TwilioSignature.isValid(good, url: Self.url, parameters: parameters, authToken: "12346"))
        #expect(!TwilioSignature.isValid(nil, url: Self.url, parameters: parameters, authToken: "12345"))
        #expect(!TwilioSignature.isValid(good, url: Self.url, parameters: parameters, authToken: ""), "no token, no trust")
    }

    @Test func formEncodingRoundTrips() {
        let fields = [("Body", "Running late? 1 & 2 = 50% + more"), ("To", "+14065550129"), ("Empty", "")]
        let encoded = FormEncoding.encode(fields)
        #expect(!encoded.contains(" ") && !encoded.contains("+1"))
        #expect(FormEncoding.decode(encoded).map { [$0.0, $0.1] } == fields.map { [$0.0, $0.1] })
        #expect(FormEncoding.decode("Body=see+you+soon&From=%2B14065550129").map { $0.1 } == ["see you soon", "+14065550129"])
    }
}
