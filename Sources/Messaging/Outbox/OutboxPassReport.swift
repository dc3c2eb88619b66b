/// What one pass of the outbox worker did.
public struct OutboxPassReport: Sendable, Equatable {
    public var reminders = 0
    /// Field events (en route, at risk, done) acted on in this pass.
    public var responses = 0
    /// Second running-late notices for visits that slipped further since the first.
    public var slipNotices = 0
    public var sent = 0
    public var retried = 0
    public var failed = 0
    /// Rows dropped without sending: a follow-up whose job is no longer completed, an opted-out customer.
    public var withdrawn = 0
    /// Given up with no answer from the provider: it may have gone out (no fallback).
    public var unconfirmed = 0

    public init() {}

    /// Adds what another lane of the same pass did.
    mutating func add(_ lane: OutboxPassReport) {
        reminders += lane.reminders
        responses += lane.responses
        slipNotices += lane.slipNotices
        sent += lane.sent
        retried += lane.retried
        failed += lane.failed
        withdrawn += lane.withdrawn
        unconfirmed += lane.unconfirmed
    }

    public var summary: String {
        "\(sent) sent, \(retried) to retry, \(failed) failed, \(unconfirmed) unconfirmed, \(withdrawn) withdrawn, \(reminders) reminders queued, \(responses) field events handled, \(slipNotices) slips told"
    }
}
