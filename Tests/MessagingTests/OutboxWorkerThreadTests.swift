import Foundation
import Testing
@testable import Messaging
@testable import Punctual

/// The loop `punctual serve` runs beside the HTTP server: it keeps passing until stopped, and
/// stopping waits for the pass under way.
@Suite struct OutboxWorkerThreadTests {
    typealias F = MessagingFixtures

    @Test func theLoopSendsWhatIsQueuedWhileItRunsAndStopsCleanly() async throws {
        let store = try F.store()
        let loop = OutboxWorkerThread(worker: F.consoleWorker(store), interval: .milliseconds(20), clock: .fixed(F.evening))
        try store.enqueue(try F.drafts(store, 3, now: F.evening), now: F.evening)
        var waited = 0
        while try store.messages(state: .sent).count < 3, waited < 200 {
            try await Task.sleep(for: .milliseconds(10))
            waited += 1
        }
        loop.stop()
        #expect(try store.messages(state: .sent).count == 3)
        try store.enqueue([OutgoingMessage(kind: .reply, jobID: nil, customerID: try F.customer(store, of: "J0002").id!,
                                           channel: .sms, recipient: "+14065550130", subject: nil, body: "after",
                                           idempotencyKey: "after:sms", notBefore: F.evening)], now: F.evening)
        try await Task.sleep(for: .milliseconds(100))
        #expect(try store.messages(state: .queued).count == 1, "a stopped loop sends nothing more")
    }
}
