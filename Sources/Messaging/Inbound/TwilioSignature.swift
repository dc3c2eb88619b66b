import Crypto
import Foundation

/// The `X-Twilio-Signature` of a webhook request: base64 of HMAC-SHA1, keyed by the account's auth
/// token, over the full URL the provider called followed by every POST parameter's name and value,
/// sorted by name. A request without a valid one did not come from the provider.
public enum TwilioSignature {
    public static let header = "X-Twilio-Signature"

    public static func signature(url: String, parameters: [(String, String)], authToken: String) -> String {
        let sorted = parameters.sorted { $0.0 == $1.0 ? $0.1 < $1.1 : $0.0 < $1.0 }
        let payload = url + sorted.map { $0.0 + $0.1 }.joined()
        let code = HMAC<Insecure.SHA1>.authenticationCode(for: Data(payload.utf8), using: SymmetricKey(data: Data(authToken.utf8)))
        return Data(code).base64EncodedString()
    }

    /// Whether `signature` is right for the request; always false without a token to check against.
    public static func isValid(_ signature: String?, url: String, parameters: [(String, String)], authToken: String) -> Bool {
        guard let signature, !authToken.isEmpty else { return false }
        let expected = Array(self.signature(url: url, parameters: parameters, authToken: authToken).utf8)
        let given = Array(signature.utf8)
        guard expected.count == given.count else { return false }
        // Compare every byte, so the time taken says nothing about how much matched.
        return zip(expected, given).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
