import Foundation
import Testing
@testable import Messaging

/// SHA-1 and HMAC-SHA1 against published vectors, and the webhook signature against the provider's
/// documented examples.
@Suite struct CryptoTests {
    static func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }

    @Test(arguments: [
        ("", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
        ("abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "84983e441c3bd26ebaae4aa1f95129e5e54670f1"),
        ("The quick brown fox jumps over the lazy dog", "2fd4e1c67a2d28fced849ee1bb76e7391b93eb12"),
    ])
    func sha1MatchesFIPSVectors(input: String, digest: String) {
        #expect(Self.hex(SHA1.digest(Array(input.utf8))) == digest)
    }

    @Test func sha1OfAMillionAs() {
        #expect(Self.hex(SHA1.digest([UInt8](repeating: 0x61, count: 1_000_000))) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f")
    }

    /// RFC 2202 §3, test cases 1, 2, 3, 6 and 7 (keys shorter than, and longer than, a block).
    @Test(arguments: [
        ([UInt8](repeating: 0x0b, count: 20), Array("Hi There".utf8), "b617318655057264e28bc0b6fb378c8ef146be00"),
        (Array("Jefe".utf8), Array("what do ya want for nothing?".utf8), "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"),
        ([UInt8](repeating: 0xaa, count: 20), [UInt8](repeating: 0xdd, count: 50), "125d7342b9ac11cd91a39af48aa17b4f63f175d3"),
        ([UInt8](repeating: 0xaa, count: 80), Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8),
         "aa4ae5e15272d00e95705637ce8a3b55ed402112"),
        ([UInt8](repeating: 0xaa, count: 80),
         Array("Test Using Larger Than Block-Size Key and Larger Than One Block-Size Data".utf8),
         "e8e99d0f45237d786d6bbaa7965c7808bbff1a91"),
    ])
    func hmacMatchesRFC2202(key: [UInt8], message: [UInt8], code: String) {
        #expect(Self.hex(HMACSHA1.authenticationCode(key: key, message: message)) == code)
    }

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
