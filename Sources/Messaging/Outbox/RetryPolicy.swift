import Foundation
import Punctual
import PunctualCore

/// How the worker retries: exponential backoff `min(2^(attempts-1) × base, cap)`, a limit on
/// attempts, and the lease a claimed row holds before another worker may take it over.
public struct RetryPolicy: Sendable, Equatable {
    public var base: TimeInterval
    public var cap: TimeInterval
    public var maxAttempts: Int
    /// How long a row stays `sending` before it is presumed abandoned by a crashed worker; longer
    /// than any transport's timeout, so a live worker's send is never duplicated.
    public var lease: TimeInterval

    public init(base: TimeInterval, cap: TimeInterval, maxAttempts: Int, lease: TimeInterval) {
        self.base = base
        self.cap = cap
        self.maxAttempts = maxAttempts
        self.lease = lease
    }

    /// The business's settings, with a lease well beyond the longest send (the SMS timeout or
    /// the SMTP client's 30 s) and at least two minutes.
    public init(settings: Settings) {
        let longestSend = max(settings.number(.smsTimeoutSeconds), 30)
        self.init(base: settings.number(.retryBaseSeconds), cap: settings.number(.retryCapSeconds),
                  maxAttempts: Int(settings.number(.messagesMaxAttempts)), lease: max(120, 2 * longestSend + 60))
    }

    /// The wait before the next attempt, after `attempts` attempts have failed.
    public func delay(afterAttempts attempts: Int) -> TimeInterval {
        min(base * pow(2, Double(max(0, attempts - 1))), cap)
    }
}
