import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualServer

@Suite struct LifecycleTests {
    typealias A = APIFixtures

    @Test func fixesAcceptedOverARealSocketAreStoredAndShutdownClosesTheWriter() async throws {
        let fixture = try A()
        try await fixture.app.test(.live) { client in
            for minute in 0..<5 {
                try await client.execute(uri: "/v1/me/positions", method: .post, headers: A.headers(fixture.technicianToken),
                                         body: A.body(#"{"at":"2026-11-24T09:2\#(minute):00-07:00","lat":46.87,"lon":-114.02}"#)) { response in
                    #expect(response.status == .ok)
                }
            }
        }
        // The application has shut down: what it accepted is stored, and the writer takes no more.
        #expect(try fixture.store.fixCount() == 5)
        await #expect(throws: FixWriterError.self) {
            try await fixture.services.fixWriter.record(technician: "T01", fixes: [PositionFix(at: A.at(9), location: A.settings.depot)])
        }
    }

    @Test func aDeferredServerAnswersOnceStoredAndItsFollowUpTellsTheCustomerBeforeShutdownEnds() async throws {
        let fixture = try A(followUp: .deferred)
        try await fixture.app.test(.live) { client in
            try await client.execute(uri: "/v1/me/visits/J0001/events", method: .post, headers: A.headers(fixture.technicianToken),
                                     body: A.body(#"{"type":"en_route"}"#)) { response in
                #expect(response.status == .created)
            }
        }
        // The follow-up service caught up at the latest while the group shut down.
        let told = try fixture.store.messages(jobID: "J0001").filter { $0.kind == .onMyWay }
        #expect(told.map(\.channel.rawValue).sorted() == ["email", "sms"], "once on each of the customer's channels")
    }
}
