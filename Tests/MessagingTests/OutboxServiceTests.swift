import Foundation
import Logging
import PunctualTestSupport
import ServiceLifecycle
import Testing
@testable import Messaging
@testable import Punctual
@testable import PunctualCore

/// The outbox as `punctual serve` runs it, a service of the server's group: it keeps passing
/// while the group runs, and once the group shuts down it sends nothing more.
@Suite struct OutboxServiceTests {
    typealias F = MessagingFixtures

    @Test func theServiceSendsWhatIsQueuedWhileItRunsAndStopsWithItsGroup() async throws {
        let store = try F.store()
        let service = OutboxService(worker: F.consoleWorker(store), interval: .milliseconds(20), clock: .fixed(F.evening))
        let group = ServiceGroup(configuration: .init(services: [service], logger: F.logger))
        let running = Task { try await group.run() }
        try store.enqueue(try F.drafts(store, 3, now: F.evening), now: F.evening)
        var waited = 0
        while try store.messages(state: .sent).count < 3, waited < 3000 {
            try await Task.sleep(for: .milliseconds(10))
            waited += 1
        }
        await group.triggerGracefulShutdown()
        try await running.value
        #expect(try store.messages(state: .sent).count == 3)
        try store.enqueue([OutgoingMessage(kind: .reply, jobID: nil, customerID: try F.customer(store, of: "J0002").id!,
                                           channel: .sms, recipient: "+14065550130", subject: nil, body: "after",
                                           idempotencyKey: "after:sms", notBefore: F.evening)], now: F.evening)
        try await Task.sleep(for: .milliseconds(100))
        #expect(try store.messages(state: .queued).count == 1, "a stopped outbox sends nothing more")
    }
}
