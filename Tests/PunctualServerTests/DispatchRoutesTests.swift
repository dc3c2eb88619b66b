import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualServer

/// Reassignment over HTTP: dispatcher only, re-checked against the promise, refused with the reason.
@Suite struct DispatchRoutesTests {
    typealias A = APIFixtures

    @Test func aMoveThatWouldBreakTheJobsNeedsIsRefusedWith409AndTheReason() async throws {
        let fixture = try A()
        let before = try fixture.store.plans(on: A.date)
        try await fixture.app.test(.router) { client in
            try await client.execute(uri: "/v1/jobs/J0001/reassign", method: .post, headers: A.headers(fixture.dispatcherToken),
                                     body: A.body(#"{"technician":"T02"}"#)) { response in
                #expect(response.status == .conflict)
                #expect(A.error(response)?.detail == "T02 cannot take J0001: they lack the skill 'hvac'")
            }
        }
        #expect(try fixture.store.plans(on: A.date) == before)
    }

    @Test func unknownJobsAndTechniciansAndTheWrongCallerAreRefused() async throws {
        let fixture = try A()
        try await fixture.app.test(.router) { client in
            try await client.execute(uri: "/v1/jobs/J9999/reassign", method: .post, headers: A.headers(fixture.dispatcherToken),
                                     body: A.body(#"{"technician":"T02"}"#)) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(uri: "/v1/jobs/J0002/reassign", method: .post, headers: A.headers(fixture.dispatcherToken),
                                     body: A.body(#"{"technician":"T99"}"#)) { response in
                #expect(response.status == .badRequest)
                #expect(A.error(response)?.field == "technician")
            }
            try await client.execute(uri: "/v1/jobs/J0002/reassign", method: .post, headers: A.headers(fixture.dispatcherToken),
                                     body: A.body(#"{"tech":"T01"}"#)) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/v1/jobs/J0002/reassign", method: .post, headers: A.headers(fixture.technicianToken),
                                     body: A.body(#"{"technician":"T01"}"#)) { response in
                #expect(response.status == .forbidden)
            }
        }
    }
}
