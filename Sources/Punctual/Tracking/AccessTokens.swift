import Crypto
import Foundation
import Synchronization
import PunctualCore

/// Issues and checks bearer tokens. A token is 32 random bytes in hex behind a `pt_` prefix; only
/// its SHA-256 is stored, so a copy of the database does not let anyone in.
///
/// A server checks the same few tokens thousands of times a second, so a successful check is
/// remembered for `cacheLifetime`: a revocation (made by the CLI, another process) takes effect
/// within that time. Unknown tokens are never cached, so a newly issued one works at once.
public struct AccessTokens: Sendable {
    public let store: Store
    let cache: TokenCache?

    /// - Parameter cacheLifetime: seconds a successful check is remembered; 0 checks the store every time.
    public init(store: Store, cacheLifetime: TimeInterval = 0) {
        self.store = store
        cache = cacheLifetime > 0 ? TokenCache(lifetime: cacheLifetime) : nil
    }

    /// A new token for `caller`, to be shown once.
    public func issue(for caller: Caller, now: Date) throws -> String {
        var generator = SystemRandomNumberGenerator()
        let digits = Array("0123456789abcdef")
        let token = "pt_" + String((0..<64).map { _ in digits[Int(generator.next() % 16)] })
        try store.saveAccessToken(hash: Self.digest(token), for: caller, at: now)
        return token
    }

    /// What the store keeps of a token: its SHA-256, in lowercase hex.
    public static func digest(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Revokes all of a technician's tokens; returns how many there were.
    @discardableResult
    public func revoke(technician: String) throws -> Int {
        try store.revokeAccessTokens(technician: technician)
    }

    /// Who presented `token`, or nil for an unknown or revoked one.
    public func authenticate(_ token: String, now: Date) throws -> Caller? {
        guard token.hasPrefix("pt_"), token.utf8.count == 67 else { return nil }
        if let cached = cache?.caller(for: token, now: now) { return cached }
        let caller = try store.caller(tokenHash: Self.digest(token))
        if let caller { cache?.remember(token, as: caller, now: now) }
        return caller
    }
}

/// Recently verified tokens, kept in memory only.
final class TokenCache: Sendable {
    private let lifetime: TimeInterval
    private let entries = Mutex<[String: (caller: Caller, until: Date)]>([:])

    init(lifetime: TimeInterval) {
        self.lifetime = lifetime
    }

    func caller(for token: String, now: Date) -> Caller? {
        entries.withLock { entries in
            guard let entry = entries[token] else { return nil }
            if entry.until < now {
                entries[token] = nil
                return nil
            }
            return entry.caller
        }
    }

    func remember(_ token: String, as caller: Caller, now: Date) {
        entries.withLock { entries in
            if entries.count > 10_000 { entries.removeAll() }
            entries[token] = (caller, now.addingTimeInterval(lifetime))
        }
    }
}
