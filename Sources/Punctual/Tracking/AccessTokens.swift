import Foundation

/// Issues and checks bearer tokens. A token is 32 random bytes in hex behind a `pt_` prefix; only
/// its SHA-256 is stored, so a copy of the database does not let anyone in.
public struct AccessTokens: Sendable {
    public let store: Store

    public init(store: Store) {
        self.store = store
    }

    /// A new token for `caller`, to be shown once.
    public func issue(for caller: Caller, now: Date = Date()) throws -> String {
        var generator = SystemRandomNumberGenerator()
        let digits = Array("0123456789abcdef")
        let token = "pt_" + String((0..<64).map { _ in digits[Int(generator.next() % 16)] })
        try store.saveAccessToken(hash: SHA256.hex(token), for: caller, at: now)
        return token
    }

    /// Revokes all of a technician's tokens; returns how many there were.
    @discardableResult
    public func revoke(technician: String) throws -> Int {
        try store.revokeAccessTokens(technician: technician)
    }

    /// Who presented `token`, or nil for an unknown or revoked one.
    public func authenticate(_ token: String) throws -> Caller? {
        guard token.hasPrefix("pt_"), token.utf8.count == 67 else { return nil }
        return try store.caller(tokenHash: SHA256.hex(token))
    }
}
