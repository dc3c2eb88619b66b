import Crypto
import Foundation
import PunctualCore

/// Issues and checks bearer tokens. A token is 32 random bytes in hex behind a `pt_` prefix; only
/// its SHA-256 is stored, so a copy of the database does not let anyone in.
///
/// Every check asks the database, so a revocation holds from the very next request, whoever made
/// it: the CLI revokes through a connection of its own while `punctual serve` runs. Nothing is
/// cached, because a cache that another process can invalidate needs a read of the database per
/// request anyway (a revocation counter, or `PRAGMA data_version`, which moves with every fix
/// written), costing about what the lookup itself costs; and a phone posts every few seconds, so a
/// per-token cache is hit by little but a benchmark. The check is kept cheap instead: a SHA-256 of
/// 67 bytes, written out in hex by hand, and one prepared primary-key lookup outside any
/// transaction (`Store.caller(tokenHash:)`), about an eighth of the transaction, query-interface
/// lookup and formatted hex it replaces.
public struct AccessTokens: Sendable {
    public let store: Store

    public init(store: Store) {
        self.store = store
    }

    /// A new token for `caller`, to be shown once.
    public func issue(for caller: Caller, now: Date) throws -> String {
        let token = "pt_" + Store.randomHex(bytes: 32)
        try store.saveAccessToken(hash: Self.digest(token), for: caller, at: now)
        return token
    }

    /// What the store keeps of a token: its SHA-256, in lowercase hex.
    public static func digest(_ token: String) -> String {
        let hash = SHA256.hash(data: Array(token.utf8))
        let digits = Array("0123456789abcdef".utf8)
        return String(unsafeUninitializedCapacity: 2 * SHA256.byteCount) { text in
            var index = 0
            for byte in hash {
                text[index] = digits[Int(byte >> 4)]
                text[index + 1] = digits[Int(byte & 0x0F)]
                index += 2
            }
            return index
        }
    }

    /// A one-time sign-in code for `caller`, good for `lifetime` seconds: the link the dispatcher
    /// sends to a phone. Opening it spends it and starts a session (a token kept in a cookie), so a
    /// link forwarded or read over a shoulder later opens nothing.
    public func issueSignInCode(for caller: Caller, now: Date, lifetime: TimeInterval = Self.signInLifetime) throws -> String {
        let code = "sl_" + Store.randomHex(bytes: 24)
        try store.saveSignInLink(codeHash: Self.digest(code), for: caller, now: now, expiresAt: now.addingTimeInterval(lifetime))
        return code
    }

    /// Spends a sign-in code: who it was for and the session token it starts, or nil for a code
    /// unknown, already used or expired.
    public func redeemSignInCode(_ code: String, now: Date) throws -> (caller: Caller, token: String)? {
        guard code.hasPrefix("sl_"), code.utf8.count == 51 else { return nil }
        let token = "pt_" + Store.randomHex(bytes: 32)
        guard let caller = try store.redeemSignInLink(codeHash: Self.digest(code), tokenHash: Self.digest(token), now: now) else {
            return nil
        }
        return (caller, token)
    }

    /// A sign-in link is good for a day: sent in the evening, opened in the morning.
    public static let signInLifetime: TimeInterval = 24 * 3600

    /// Ends the session of `token` (signing out); other sessions and tokens stay.
    public func end(_ token: String) throws {
        try store.deleteAccessToken(hash: Self.digest(token))
    }

    /// Revokes all of a technician's tokens; returns how many there were.
    @discardableResult
    public func revoke(technician: String) throws -> Int {
        try store.revokeAccessTokens(technician: technician)
    }

    /// Who presented `token`, or nil for an unknown or revoked one.
    public func authenticate(_ token: String) throws -> Caller? {
        guard token.hasPrefix("pt_"), token.utf8.count == 67 else { return nil }
        return try store.caller(tokenHash: Self.digest(token))
    }
}
